import type { IDataObject } from 'n8n-workflow';

import { drfErrorMessage } from '../shared/drf';
import { sendOutput } from '../shared/objects';
import { itemsAt } from '../shared/pagination';
import type { NextUrlPagination } from '../shared/pagination';
import type { RateLimit } from '../shared/dispatch/limits';
import type { Provider } from '../shared/provider';
import type { ApiRequest } from '../shared/transport';

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
			const title =
				typeof b.title === 'string' && b.title.trim() && b.title !== b.detail
					? `${b.title.trim()}: `
					: '';
			const code = typeof b.code === 'string' && b.code.startsWith('spoki::') ? ` (${b.code})` : '';
			return `${title}${b.detail.trim()}${code}`;
		}
	}
	return drfErrorMessage(body);
}

const MINUTE = 60_000;

/**
 * Spoki's per-endpoint limits. Spoki publishes no rate-limit page; each figure is second- or
 * third-hand:
 * - Template sends 60/min and text sends 120/min: Spoki's Postman collection
 *   (documenter.getpostman.com/view/21611004/UzBqnPvF), as quoted in the MambuSRL Spoki SDK
 *   (MambuSRL/spoki_whatsapp src/Spoki.php@77b4304, sendTemplate "Rate Limit: 60/min",
 *   sendMessageText "Rate Limit: 120/min"). Both are `POST messages/send/`; a template send
 *   carries `template`.
 * - `contacts/sync_all/` 1/min ("Bulk Sync Contacts … Rate limit: 1 request per minute") and
 *   operator assignment 5/min ("Add Contact Operator … Rate limited to 5 requests per minute"):
 *   Composio's Spoki tool descriptions only (composio.dev toolkits/spoki). Add and remove are
 *   paced apart, one budget per endpoint as Composio states one per tool (guess).
 * - Buttons and List are text sends with `content_type: "Interactive"`: paced as text sends on a
 *   guess (no source gives them a limit of their own).
 * Anything else is held back only by a 429's Retry-After.
 */
function spokiLimits(req: ApiRequest): RateLimit[] {
	const path = req.path ?? '';
	if (req.method !== 'POST') return [];
	if (path.endsWith('/contacts/sync_all/')) {
		return [{ scope: 'contacts/sync_all (1/min)', limit: 1, perMs: MINUTE }];
	}
	const operator = /\/contacts\/[^/]+\/(add|remove)_operator\/$/.exec(path);
	if (operator) {
		return [{ scope: `${operator[1]}_operator (5/min)`, limit: 5, perMs: MINUTE }];
	}
	if (path.endsWith('/messages/send/')) {
		const body = req.body as IDataObject | undefined;
		return body && body.template !== undefined
			? [{ scope: 'template sends (60/min)', limit: 60, perMs: MINUTE }]
			: [{ scope: 'text sends (120/min)', limit: 120, perMs: MINUTE }];
	}
	return [];
}

/** Spoki facts: `X-Spoki-Api-Key`, raw objects, DRF lists and DRF errors, per-endpoint rate limits. */
export const spoki: Provider = {
	displayName: 'Spoki',
	credentialType: 'spokiApi',
	errorMessage: spokiMessage,
	limits: spokiLimits,
	parallel: 10,
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

/**
 * A send's output: the message id and status first (the keys every provider's
 * send uses), then Spoki's answer as it came. Guess: the collection documents
 * no answer body for `messages/send/`; read as `{id | uuid, status}` when present,
 * else null.
 */
export function spokiSent(answer: IDataObject): IDataObject {
	return sendOutput(answer, answer.id ?? answer.uuid, answer.status);
}
