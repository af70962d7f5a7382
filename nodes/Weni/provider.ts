import type { IDataObject } from 'n8n-workflow';

import { itemsAt } from '../shared/pagination';
import type { NextUrlPagination } from '../shared/pagination';
import type { Provider } from '../shared/provider';

/**
 * Reads a Django REST Framework error body the way RapidPro writes them:
 * `{"detail": "…"}`, `{"non_field_errors": ["…"]}`, `{"field": ["…"]}` and,
 * for list fields, `{"urns": {"0": ["…"]}}`. Fields are named, in order.
 */
function drfMessages(value: unknown, path: string): string[] {
	if (typeof value === 'string') {
		const text = value.trim();
		if (!text) return [];
		return [path ? `${path}: ${text}` : text];
	}
	if (typeof value === 'number' || typeof value === 'boolean') return drfMessages(String(value), path);
	if (Array.isArray(value)) return value.flatMap((entry) => drfMessages(entry, path));
	if (value && typeof value === 'object') {
		return Object.entries(value as IDataObject).flatMap(([key, entry]) => {
			if (key === 'detail' || key === 'non_field_errors') return drfMessages(entry, path);
			const name = /^\d+$/.test(key) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
			return drfMessages(entry, name);
		});
	}
	return [];
}

/** Weni (RapidPro API v2): `Authorization: Token`, DRF error bodies, cursor pages of 250. */
export const weni: Provider = {
	displayName: 'Weni',
	credentialType: 'weniApi',
	errorMessage(body) {
		if (!body || typeof body !== 'object') return undefined;
		const messages = drfMessages(body, '');
		if (messages.length === 0) return undefined;
		const text = messages.join('; ');
		return text.length > 500 ? `${text.slice(0, 500)}…` : text;
	},
};

/** The path of a RapidPro API v2 endpoint below the credential's base URL. */
export function endpoint(name: string): string {
	return `/api/v2/${name}.json`;
}

/** DRF cursor pagination: `{next, previous, results}`; `next` is followed verbatim until null. */
export const cursor: NextUrlPagination = {
	type: 'nextUrl',
	items: itemsAt('results'),
	next: (body) => {
		const next = body && typeof body === 'object' ? (body as IDataObject).next : undefined;
		return typeof next === 'string' && next ? next : null;
	},
};
