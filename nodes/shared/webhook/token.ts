import { createHmac } from 'crypto';
import type {
	IDataObject,
	IHookFunctions,
	IWebhookDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { Provider } from '../provider';
import { credentialState } from '../transport';
import { constantTimeEqual } from './signature';
import { stateOf } from './state';

/** Path parameter carrying the secret for providers that sign nothing (2Chat, Heyy, Weni). */
export const TOKEN_PARAM = 'token';

/** A token as triggerToken makes it: 64 lowercase hex digits. Anything else is refused unread. */
const TOKEN_SHAPE = /^[0-9a-f]{64}$/;

/**
 * The webhook of a token trigger. The token is a path segment, not a query
 * value: n8n serves a path with `:name` segments for any node that has a
 * webhookId (`WebhookService.getNodeWebhooks` and `findDynamicWebhook` in
 * n8n-io/n8n packages/cli/src/webhooks/webhook.service.ts; the values arrive
 * in `getParamsData()`), and a path survives a provider that drops or
 * rewrites the query string (no provider documents that it keeps it).
 * responseMode onReceived: n8n answers as soon as `webhook()` returns, before
 * the workflow runs, so a slow workflow never makes the provider time out.
 */
export function tokenWebhook(...extraSegments: string[]): IWebhookDescription {
	return {
		name: 'default',
		httpMethod: 'POST',
		responseMode: 'onReceived',
		path: ['webhook', `:${TOKEN_PARAM}`, ...extraSegments.map((s) => `:${s}`)].join('/'),
	};
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
	return createHmac('sha256', key)
		.update(`n8n-nodes-messaging-suite:${ctx.getWorkflow().id ?? ''}:${ctx.getNode().id}`)
		.digest('hex');
}

/** n8n's webhook URL (`…/webhook/:token[/:event]`) with its path parameters filled in. */
export function fillPath(webhookUrl: string, values: Record<string, string>): string {
	const url = new URL(webhookUrl);
	url.pathname = url.pathname
		.split('/')
		.map((segment) => {
			if (!segment.startsWith(':')) return segment;
			const value = values[segment.slice(1)];
			if (value === undefined || value === '')
				throw new Error(`No value for the webhook path segment ${segment}`);
			return encodeURIComponent(value);
		})
		.join('/');
	return url.toString();
}

/**
 * The token a delivery carries, when it has the shape of one. A request that
 * also carries a different `token` query value was tampered with: refused.
 */
export function deliveredToken(ctx: IWebhookFunctions): string | undefined {
	const fromPath = (ctx.getParamsData() as IDataObject | undefined)?.[TOKEN_PARAM];
	const fromQuery = (ctx.getQueryData() as IDataObject | undefined)?.[TOKEN_PARAM];
	if (fromQuery !== undefined && fromQuery !== fromPath) return undefined;
	return typeof fromPath === 'string' && TOKEN_SHAPE.test(fromPath) ? fromPath : undefined;
}

/**
 * Whether `given` is this trigger's token: compared with the token stored at
 * activation, so a credential changed since then does not break the URL the
 * provider holds (until the next activation registers a new one). The
 * credential is read only when no token is stored yet.
 */
export async function tokenMatches(
	ctx: IWebhookFunctions,
	provider: Provider,
	given: string,
): Promise<boolean> {
	const stored = stateOf(ctx).token;
	if (typeof stored === 'string' && stored !== '') return constantTimeEqual(given, stored);
	return constantTimeEqual(given, await triggerToken(ctx, provider));
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
