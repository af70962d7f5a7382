import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import { isObject } from '../objects';
import type { Provider } from '../provider';
import { deliveredToken, rejectDelivery, tokenMatches } from './token';

export type Verified =
	| { ok: true; body: IDataObject }
	| { ok: false; response: IWebhookResponseData };

/** The delivery's JSON object when it came as a POST; undefined for another method or shape. */
export function postedObject(ctx: IWebhookFunctions): IDataObject | undefined {
	if (ctx.getRequestObject().method !== 'POST') return undefined;
	const body = ctx.getBodyData();
	return isObject(body) ? body : undefined;
}

/**
 * The checks every token trigger runs first, cheapest first, so a forged or
 * malformed request costs no credential read, no expression and no
 * parameter read: a token-shaped query value, a POSTed JSON object, then
 * the token compared with the one stored at activation.
 */
export async function verifyTokenDelivery(
	ctx: IWebhookFunctions,
	provider: Provider,
): Promise<Verified> {
	const token = deliveredToken(ctx);
	if (!token) return { ok: false, response: rejectDelivery(ctx) };
	const body = postedObject(ctx);
	if (!body)
		return {
			ok: false,
			response: rejectDelivery(ctx, 'Expected a JSON object sent with POST', 400),
		};
	if (!(await tokenMatches(ctx, provider, token)))
		return { ok: false, response: rejectDelivery(ctx) };
	return { ok: true, body };
}
