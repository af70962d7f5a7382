import { randomBytes } from 'crypto';
import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import { constantTimeEqual } from './signature';

/** Query parameter carrying the secret for providers that sign nothing (2Chat, Heyy, Weni). */
export const TOKEN_PARAM = 'token';

export function newSecret(): string {
	return randomBytes(24).toString('hex');
}

/** The URL registered at the provider: n8n's webhook URL plus our secret token. */
export function tokenedUrl(webhookUrl: string, token: string): string {
	const url = new URL(webhookUrl);
	url.searchParams.set(TOKEN_PARAM, token);
	return url.toString();
}

/** Whether a delivery carries the token stored when the subscription was created. */
export function hasValidToken(ctx: IWebhookFunctions): boolean {
	const expected = ctx.getWorkflowStaticData('node').token;
	const given = (ctx.getQueryData() as IDataObject)[TOKEN_PARAM];
	return typeof expected === 'string' && expected !== '' && typeof given === 'string' && constantTimeEqual(given, expected);
}

/** Answers 401 and starts no execution. */
export function rejectDelivery(ctx: IWebhookFunctions, reason = 'Unauthorized'): IWebhookResponseData {
	const res = ctx.getResponseObject();
	res.status(401).json({ error: reason });
	return { noWebhookResponse: true };
}
