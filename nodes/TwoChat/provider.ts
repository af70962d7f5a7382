import type { IDataObject } from 'n8n-workflow';

import { itemsAt } from '../shared/pagination';
import type { PageNumberPagination } from '../shared/pagination';
import type { Provider } from '../shared/provider';
import { sendOutput } from '../shared/objects';

/** 2Chat facts: `X-User-API-Key`, `{success, error_message}` bodies, 0-based page numbers. */
export const twoChat: Provider = {
	displayName: '2Chat',
	credentialType: 'twoChatApi',
	errorMessage(body) {
		if (!body || typeof body !== 'object') return undefined;
		const b = body as IDataObject;
		for (const key of ['error_message', 'message', 'detail']) {
			if (typeof b[key] === 'string' && b[key]) return b[key] as string;
		}
		return undefined;
	},
	// 2Chat documents plan limits (trial 10/min, paid up to 50/min per number; GET /info returns
	// limits.requests_per_minute: developers.2chat.co/docs) but no 429 contract: a 429 (guess:
	// with or without Retry-After) holds back every request of the credential.
	parallel: 5,
	// "409 number booting, 410 connecting or disconnecting, 486 number busy: try again in a few
	// seconds" (developers.2chat.co/docs/API/api-response-codes): reads retry them like a 503.
	retryableStatus: [409, 410, 486],
	failureIn2xx(body) {
		if (!body || typeof body !== 'object') return undefined;
		const b = body as IDataObject;
		if (b.success === false) return this.errorMessage(body) ?? 'The request was not successful';
		// A template sync that did not start answers success:true with is_syncing:false and its reason
		// in `message` (developers.2chat.co/docs/API/WhatsApp/WABA/sync-templates).
		if (b.is_syncing === false)
			return this.errorMessage(body) ?? 'Template sync could not be started';
		return undefined;
	},
};

/** `page_number` (0-based) and `results_per_page` (at most 100) until a short page. */
export function pagedBy(key: string): PageNumberPagination {
	return {
		type: 'pageNumber',
		pageParam: 'page_number',
		sizeParam: 'results_per_page',
		pageSize: 100,
		firstPage: 0,
		items: itemsAt(key),
	};
}

/** Message history has a fixed page size; only `page_number` applies. */
export function fixedPages(pageSize: number, ...keys: string[]): PageNumberPagination {
	return {
		type: 'pageNumber',
		pageParam: 'page_number',
		pageSize,
		firstPage: 0,
		items: itemsAt(...keys),
	};
}

/**
 * A send's answer (`{success, message_uuid, batched}`) with the message id and status first, as
 * every provider's send gives them. 2Chat answers no status; `batched` true means it queued the
 * message to keep its sending pace (skill 2chat-whatsapp "Tips"), so the status is read from it.
 */
export function twoChatSent(answer: IDataObject): IDataObject {
	return sendOutput(answer, answer.message_uuid, answer.batched === true ? 'queued' : 'accepted');
}
