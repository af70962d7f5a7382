import { createHmac } from 'crypto';
import type {
	IDataObject,
	IExecuteFunctions,
	IHookFunctions,
	IWebhookDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { Provider } from '../provider';
import { credentialState } from '../transport';
import { constantTimeEqual } from './signature';
import { deliveryState } from './activation';

/** Query parameter carrying the secret for providers that sign nothing (2Chat, Heyy, Weni). */
export const TOKEN_PARAM = 'token';

/** A token as triggerToken makes it: 64 lowercase hex digits. Anything else is refused unread. */
export const TOKEN_SHAPE = /^[0-9a-f]{64}$/;

/**
 * The webhook of a token trigger. The token travels as a query value, not a
 * path segment, because n8n 2.41 cannot serve a path segment for a trigger
 * node (n8n-io/n8n packages/cli/src/webhooks/webhook.service.ts): a
 * `:token` segment after n8n's own webhookId prefix is stored with a path
 * length that counts the webhookId but looked up without it, so it never
 * matches (404); with `isFullPath` the path matches, but the webhook table's
 * key is (path, method), so a second active trigger of the same type is
 * refused ("The URL path … is already taken"). Measured with
 * `npm run bench:triggers`; see the README's trigger section.
 * responseMode onReceived: n8n answers as soon as `webhook()` returns, before
 * the workflow runs, so a slow workflow never makes the provider time out.
 */
export function tokenWebhook(): IWebhookDescription {
	return { name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' };
}

/**
 * An HMAC of `message` keyed by the credential's secret values: the proof a
 * webhook URL carries for providers that sign nothing. Changes when the
 * credential's key changes; never reveals it.
 */
export async function credentialHmac(
	ctx: IHookFunctions | IWebhookFunctions | IExecuteFunctions,
	provider: Provider,
	message: string,
): Promise<string> {
	const { data } = await credentialState(ctx, provider);
	const values = Object.keys(data)
		.filter((k) => k !== 'baseUrl' && !provider.publicCredentialFields?.includes(k))
		.sort()
		.map((k) => String(data[k] ?? ''));
	const key = values.join('\u0000');
	if (values.every((v) => v === '')) {
		throw new NodeOperationError(
			ctx.getNode(),
			'The credential has no secret to sign the webhook URL with',
		);
	}
	return createHmac('sha256', key).update(`n8n-nodes-messaging-suite:${message}`).digest('hex');
}

/**
 * The secret token of one trigger node: an HMAC of the workflow and node ids
 * keyed by the credential's secret values. Computed at activation and stored
 * (see TriggerState); a delivery reads it back from static data and derives it
 * again only when nothing is stored yet.
 */
export async function triggerToken(
	ctx: IHookFunctions | IWebhookFunctions,
	provider: Provider,
): Promise<string> {
	return await credentialHmac(ctx, provider, `${ctx.getWorkflow().id ?? ''}:${ctx.getNode().id}`);
}

/** The URL registered at the provider: n8n's webhook URL with our token (then any other values) as query values. */
export function tokenedUrl(
	webhookUrl: string,
	token: string,
	values: Record<string, string> = {},
): string {
	const url = new URL(webhookUrl);
	url.searchParams.set(TOKEN_PARAM, token);
	for (const [key, value] of Object.entries(values)) url.searchParams.set(key, value);
	return url.toString();
}

/** The token a delivery carries, when it has the shape of one (one `token` query value, 64 hex digits). */
export function deliveredToken(ctx: IWebhookFunctions): string | undefined {
	const given = (ctx.getQueryData() as IDataObject | undefined)?.[TOKEN_PARAM];
	return typeof given === 'string' && TOKEN_SHAPE.test(given) ? given : undefined;
}

/**
 * Whether `given` is this trigger's token: compared with the token stored at
 * activation, so a credential changed since then does not break the URL the
 * provider holds (until the next activation registers a new one). A delivery
 * that arrived while a re-activation ran also passes with the token valid
 * when it arrived. The credential is read only when no token is stored yet.
 */
export async function tokenMatches(
	ctx: IWebhookFunctions,
	provider: Provider,
	given: string,
): Promise<boolean> {
	const { state, arrived } = await deliveryState(ctx);
	const stored = [state.token, arrived?.token].filter(
		(t): t is string => typeof t === 'string' && t !== '',
	);
	if (stored.length === 0) return constantTimeEqual(given, await triggerToken(ctx, provider));
	let matched = false;
	// Every candidate is compared, so the time taken does not tell which one matched.
	for (const token of stored) if (constantTimeEqual(given, token)) matched = true;
	return matched;
}

/** Answers with `status` (401 unless said otherwise) and starts no execution. */
export function rejectDelivery(
	ctx: IWebhookFunctions,
	reason = 'Unauthorized',
	status = 401,
): IWebhookResponseData {
	const res = ctx.getResponseObject();
	res.status(status).json({ error: reason });
	return { noWebhookResponse: true };
}
