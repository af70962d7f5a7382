import { createHmac } from 'crypto';
import type { IDataObject, IHookFunctions, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { Provider } from '../provider';
import { credentialState } from '../transport';
import { constantTimeEqual } from './signature';

/** Query parameter carrying the secret for providers that sign nothing (2Chat, Heyy, Weni). */
export const TOKEN_PARAM = 'token';

/**
 * The secret token of one trigger node: an HMAC of the workflow and node ids
 * keyed by the credential's secret values. It is recomputed on every delivery
 * instead of being read back from static data, because n8n saves static data
 * after activation completes and a provider may deliver before that.
 */
export async function triggerToken(ctx: IHookFunctions | IWebhookFunctions, provider: Provider): Promise<string> {
	const { data } = await credentialState(ctx, provider);
	const values = Object.keys(data)
		.filter((k) => k !== 'baseUrl' && !provider.publicCredentialFields?.includes(k))
		.sort()
		.map((k) => String(data[k] ?? ''));
	const key = values.join('\u0000');
	if (values.every((v) => v === '')) {
		throw new NodeOperationError(ctx.getNode(), 'The credential has no secret to sign the webhook URL with');
	}
	return createHmac('sha256', key)
		.update(`n8n-nodes-messaging-suite:${ctx.getWorkflow().id ?? ''}:${ctx.getNode().id}`)
		.digest('hex');
}

/** The URL registered at the provider: n8n's webhook URL plus our secret token. */
export function tokenedUrl(webhookUrl: string, token: string): string {
	const url = new URL(webhookUrl);
	url.searchParams.set(TOKEN_PARAM, token);
	return url.toString();
}

/** Whether a delivery carries this trigger node's token (see triggerToken). */
export async function hasValidToken(ctx: IWebhookFunctions, provider: Provider): Promise<boolean> {
	const given = (ctx.getQueryData() as IDataObject)[TOKEN_PARAM];
	if (typeof given !== 'string' || given === '') return false;
	return constantTimeEqual(given, await triggerToken(ctx, provider));
}

/** Answers 401 and starts no execution. */
export function rejectDelivery(ctx: IWebhookFunctions, reason = 'Unauthorized'): IWebhookResponseData {
	const res = ctx.getResponseObject();
	res.status(401).json({ error: reason });
	return { noWebhookResponse: true };
}
