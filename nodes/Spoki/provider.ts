import type { IDataObject } from 'n8n-workflow';

import { itemsAt } from '../shared/pagination';
import type { NextUrlPagination } from '../shared/pagination';
import type { Params } from '../shared/params';
import type { Provider } from '../shared/provider';

/** Every REST path starts here and ends with a slash (Django REST Framework). */
export const API = '/api/1';

/** `where` and `key` as one label: `phone`, `custom_fields.ORDER_ID`, `entry 2: phone`. */
function join(where: string, key: string): string {
	if (!where) return key;
	return where.endsWith(':') ? `${where} ${key}` : `${where}.${key}`;
}

/** Collects DRF field errors (`{"phone": ["This field is required."]}`, nested or per list entry). */
function collect(value: unknown, where: string, out: string[]): void {
	if (value === null || value === undefined) return;
	const emit = (text: string) => {
		if (text) out.push(!where ? text : where.endsWith(':') ? `${where} ${text}` : `${where}: ${text}`);
	};
	if (typeof value !== 'object') {
		emit(String(value).trim());
		return;
	}
	if (Array.isArray(value)) {
		if (value.every((v) => typeof v !== 'object' || v === null)) {
			emit(value.map((v) => String(v ?? '').trim()).filter(Boolean).join(' '));
			return;
		}
		// A list serializer answers one entry per record sent; empty ones were fine.
		value.forEach((entry, i) => collect(entry, where ? `${where}[${i}]` : `entry ${i + 1}:`, out));
		return;
	}
	for (const [key, inner] of Object.entries(value as IDataObject)) {
		collect(inner, key === 'non_field_errors' || key === 'detail' ? where : join(where, key), out);
	}
}

/**
 * Spoki's words in a failed answer: DRF `{"detail": "..."}`, Spoki coded
 * errors `{"code": "spoki::3014", "title": ..., "detail": ...}`, or field
 * errors `{"field": ["msg"]}` (a list of them for bulk requests).
 */
export function spokiMessage(body: unknown): string | undefined {
	if (!body || typeof body !== 'object') return undefined;
	if (!Array.isArray(body)) {
		const b = body as IDataObject;
		if (typeof b.detail === 'string' && b.detail.trim()) {
			const title = typeof b.title === 'string' && b.title.trim() && b.title !== b.detail ? `${b.title.trim()}: ` : '';
			const code = typeof b.code === 'string' && b.code.startsWith('spoki::') ? ` (${b.code})` : '';
			return `${title}${b.detail.trim()}${code}`;
		}
	}
	const out: string[] = [];
	collect(body, '', out);
	if (out.length === 0) return undefined;
	const shown = out.slice(0, 5).join('; ');
	return out.length > 5 ? `${shown}; and ${out.length - 5} more` : shown;
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
