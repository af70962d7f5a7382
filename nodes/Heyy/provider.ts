import type { IDataObject } from 'n8n-workflow';

import { itemsAt, whole } from '../shared/pagination';
import type { WholePagination } from '../shared/pagination';
import type { Provider } from '../shared/provider';
import { headerValue } from '../shared/answer';
import { isObject, sendOutput } from '../shared/objects';

/** The words of one entry of `data.errors[]`: a string, or an object with a message or title. */
function errorWords(entry: unknown): string | undefined {
	if (typeof entry === 'string') return entry.trim() || undefined;
	if (!isObject(entry)) return undefined;
	for (const key of ['message', 'title', 'details', 'messageKey', 'code']) {
		const value = entry[key];
		if ((typeof value === 'string' && value.trim()) || typeof value === 'number')
			return String(value).trim();
	}
	return undefined;
}

/** Margin added to Heyy's reset time, for clock differences between us and Heyy. */
const RESET_MARGIN_MS = 250;

/**
 * Heyy facts: `Authorization: Bearer`, `{data: ...}` envelopes, error bodies
 * `{error: {messageKey, message}}`, sends rejected with HTTP 200 and
 * `data.errors[]`, and `X-RateLimit-Reset` (a UNIX timestamp) on 429s.
 */
export const heyy: Provider = {
	displayName: 'Heyy',
	credentialType: 'heyyApi',
	publicCredentialFields: ['tenantId'],
	errorMessage(body) {
		if (!isObject(body)) return undefined;
		const error = body.error;
		if (typeof error === 'string' && error.trim()) return error.trim();
		if (isObject(error)) {
			for (const key of ['message', 'messageKey']) {
				const value = error[key];
				if (typeof value === 'string' && value.trim()) return value.trim();
			}
		}
		return typeof body.message === 'string' && body.message.trim()
			? body.message.trim()
			: undefined;
	},
	failureIn2xx(body) {
		// Send answer: {data: {id, phoneNumber, message, status, createdAt}} (docs.heyy.io/api-reference/send-whatsapp-message);
		// message: {status: none|pending|sent|delivered|read|scheduled|deleted|failed, errors[]} (…/webhook-object-model).
		// Older readings put the errors at data.errors: every place is read.
		if (!isObject(body) || !isObject(body.data)) return undefined;
		const data = body.data;
		const message = isObject(data.message) ? data.message : undefined;
		const errors = [message?.errors, data.errors].flatMap((list) =>
			Array.isArray(list) ? list : [],
		);
		const words = errors.map(errorWords).filter((w): w is string => Boolean(w));
		if (words.length) return words.join('; ');
		const failed = (value: unknown) =>
			typeof value === 'string' && value.toLowerCase() === 'failed';
		// The status is read wherever it is: `message` may be an object, a text or null.
		const send = 'message' in data;
		if (errors.length || (send && (failed(message?.status) || failed(data.status)))) {
			return 'Heyy reported the message as failed';
		}
		return undefined;
	},
	// Heyy sends X-RateLimit-Limit/-Remaining/-Reset (a UNIX timestamp) with its answers, per 1-minute
	// window by plan (docs.heyy.io/api-reference/rate-limiting): once nothing is left, every request of
	// the credential waits for the reset instead of collecting 429s.
	budget(headers) {
		const remaining = headerValue(headers, 'x-ratelimit-remaining');
		if (remaining === undefined || !/^\d+$/.test(remaining.trim())) return undefined;
		const wait = this.retryDelay?.(headers, 429);
		return { remaining: Number(remaining), resetAt: Date.now() + (wait ?? 1000) };
	},
	parallel: 25,
	retryDelay(headers) {
		// Heyy sends these headers on every answer: the reset only matters once the quota is used up
		// (a 503 with quota left is retried with the usual back-off, not held until the minute ends).
		const remaining = headerValue(headers as IDataObject, 'x-ratelimit-remaining');
		if (remaining !== undefined && /^\d+$/.test(remaining.trim()) && Number(remaining) > 0)
			return undefined;
		const raw = headerValue(headers as IDataObject, 'x-ratelimit-reset');
		if (raw === undefined || !/^\d+(\.\d+)?$/.test(raw.trim())) return undefined;
		const value = parseFloat(raw);
		const now = Date.now();
		// A UNIX time in seconds (documented) or milliseconds; a small number is a delay in seconds.
		let at: number;
		if (value > 1e12) at = value;
		else if (value > 1e9) at = value * 1000;
		else at = now + value * 1000;
		return Math.max(0, Math.ceil(at - now)) + RESET_MARGIN_MS;
	},
};

/** Reads the list of a Heyy answer: `{data: [...]}` or `{data: {<key>: [...]}}`. */
export function dataItems(...keys: string[]): (body: unknown) => IDataObject[] {
	return (body) => itemsAt(...keys)(isObject(body) && 'data' in body ? body.data : body);
}

/** The object inside Heyy's `{data: {...}}` envelope (an empty answer gives `{}`). */
export function unwrap(body: unknown): IDataObject {
	if (isObject(body)) {
		if (isObject(body.data)) return body.data;
		return body;
	}
	return {};
}

/**
 * A record Heyy created, read from an answer no source shows (guess): `{data: {...}}` as Heyy's
 * documented answers wrap a record, or the record under one of `nested` (`{data: {broadcast: {...}}}`),
 * or bare. Its ID is `id`, or the first of `aliases` present (the names sibling requests take it by);
 * the ID found is written as `id` so that the next node reads it in one place.
 */
export function createdRecord(body: unknown, nested: string[], aliases: string[]): IDataObject {
	const outer = unwrap(body);
	const inner = nested.map((key) => outer[key]).find(isObject);
	const record = inner ?? outer;
	if (record.id !== undefined && record.id !== null) return record;
	const id = aliases
		.map((key) => record[key])
		.find((v) => typeof v === 'string' || typeof v === 'number');
	return id === undefined ? record : { id, ...record };
}

/** Lists Heyy returns whole in one answer (labels, channels, attributes, webhooks, automations). */
export function wholeList(...keys: string[]): WholePagination {
	return whole(dataItems(...keys));
}

/**
 * A send's answer as output: `data` unwrapped, its id and status read at the top or inside
 * `message` (docs.heyy.io/api-reference/send-whatsapp-message types `message` as any).
 */
export function heyySent(body: unknown): IDataObject {
	const data = unwrap(body);
	const message = isObject(data.message) ? data.message : {};
	const id = data.id ?? message.id;
	const status = data.status ?? message.status;
	return sendOutput({ ...data, id, status }, id, status);
}
