import type { IDataObject } from 'n8n-workflow';

/** A plain JSON object (not null, not an array). */
export function isObject(value: unknown): value is IDataObject {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * A send's answer with the provider's message (or broadcast) id and its status
 * first, under the same two keys for every provider; the answer follows as it
 * came. A value the provider did not give is null, never made up.
 */
export function sendOutput(answer: IDataObject, messageId: unknown, status: unknown): IDataObject {
	return { messageId: messageId ?? null, status: status ?? null, ...answer };
}
