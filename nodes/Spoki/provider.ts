import type { IDataObject } from 'n8n-workflow';

import { drfErrorMessage } from '../shared/drf';
import { itemsAt } from '../shared/pagination';
import type { NextUrlPagination } from '../shared/pagination';
import type { Params } from '../shared/params';
import type { Provider } from '../shared/provider';

/** Every REST path starts here and ends with a slash (Django REST Framework). */
export const API = '/api/1';

/**
 * Spoki's words in a failed answer: DRF `{"detail": "..."}`, Spoki coded
 * errors `{"code": "spoki::3014", "title": ..., "detail": ...}`, or field
 * errors `{"field": ["msg"]}` (a list of them for bulk requests).
 */
export function spokiMessage(body: unknown): string | undefined {
	if (body && typeof body === 'object' && !Array.isArray(body)) {
		const b = body as IDataObject;
		if (typeof b.detail === 'string' && b.detail.trim()) {
			const title = typeof b.title === 'string' && b.title.trim() && b.title !== b.detail ? `${b.title.trim()}: ` : '';
			const code = typeof b.code === 'string' && b.code.startsWith('spoki::') ? ` (${b.code})` : '';
			return `${title}${b.detail.trim()}${code}`;
		}
	}
	return drfErrorMessage(body);
}

/** Spoki facts: `X-Spoki-Api-Key`, raw objects, DRF lists and DRF errors. */
export const spoki: Provider = {
	displayName: 'Spoki',
	credentialType: 'spokiApi',
	errorMessage: spokiMessage,
};

/** DRF pagination: `{count, next, previous, results}`, following `next` until it is null. */
export function drfPages(sizeParam?: string, pageSize?: number): NextUrlPagination {
	return {
		type: 'nextUrl',
		sizeParam,
		pageSize,
		items: itemsAt('results'),
		next: (body) =>
			body && typeof body === 'object' && !Array.isArray(body)
				? ((body as IDataObject).next as string | null | undefined)
				: undefined,
	};
}

/** A numeric Spoki id for a URL path, from a text, number or dropdown parameter. */
export function numericId(p: Params, name: string): string {
	const raw = p.raw(name, '');
	const value = typeof raw === 'object' && raw !== null ? (raw as IDataObject).value : raw;
	const text = p.check(name, value, {
		required: true,
		pattern: { regex: /^\d+$/, hint: 'must be a numeric Spoki ID' },
	});
	return p.segment(name, text);
}
