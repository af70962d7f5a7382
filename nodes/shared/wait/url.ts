import type { IExecuteFunctions, IWebhookFunctions } from 'n8n-workflow';

import type { Provider } from '../provider';
import { constantTimeEqual } from '../webhook/signature';
import { credentialHmac, TOKEN_PARAM, TOKEN_SHAPE } from '../webhook/token';

/**
 * A wait's URLs: n8n's resume URL of this execution and node
 * (`$execution.resumeUrl` + `/<node id>`, the path n8n's own Send and Wait
 * uses: n8n-io/n8n packages/nodes-base/utils/sendAndWait/utils.ts
 * getSendAndWaitConfig, served by packages/cli/src/webhooks/waiting-webhooks.ts
 * for webhooks with `restartWebhook: true`), with n8n's own `signature` kept
 * and our values added as query parameters:
 * - `token`: an HMAC of the execution, node and contact keyed by the
 *   credential's secret, so only the provider we gave the URL to (or the
 *   contact we sent a link to) can answer;
 * - `reply`: `whatsapp` on the URL registered at the provider, `link` on links;
 * - `contact`: whose messages answer (deliveries from anyone else are ignored
 *   before any credential read);
 * - `until`: when the wait ends (ms since 1970, 0 for never), so a later wait
 *   can remove a registration its own wait could not (timeout, stopped).
 */
export const REPLY_PARAM = 'reply';
export const CONTACT_PARAM = 'contact';
export const UNTIL_PARAM = 'until';
export const PROBE_PARAM = 'probe';
export const SINCE_PARAM = 'since';

export type ReplyKind = 'whatsapp' | 'link';

/** n8n's resume URL of this execution's node, with its `signature` (n8n 2.x) kept. */
export function resumeUrl(ctx: IExecuteFunctions): URL {
	const base = String(ctx.evaluateExpression('{{ $execution?.resumeUrl }}', 0));
	const url = new URL(base);
	url.pathname = `${url.pathname.replace(/\/+$/, '')}/${encodeURIComponent(ctx.getNode().id)}`;
	return url;
}

export async function waitToken(
	ctx: IExecuteFunctions | IWebhookFunctions,
	provider: Provider,
	executionId: string,
	contact: string,
): Promise<string> {
	return await credentialHmac(ctx, provider, `wait:${executionId}:${ctx.getNode().id}:${contact}`);
}

export interface WaitUrlValues {
	token: string;
	reply: ReplyKind;
	contact: string;
	until: number;
	/** More query values (a link's `approved`). */
	extra?: Record<string, string>;
}

export function waitUrl(base: URL, values: WaitUrlValues): string {
	const url = new URL(base.toString());
	url.searchParams.set(TOKEN_PARAM, values.token);
	url.searchParams.set(REPLY_PARAM, values.reply);
	url.searchParams.set(CONTACT_PARAM, values.contact);
	url.searchParams.set(UNTIL_PARAM, String(values.until));
	url.searchParams.set(SINCE_PARAM, String(Date.now()));
	for (const [key, value] of Object.entries(values.extra ?? {})) url.searchParams.set(key, value);
	return url.toString();
}

/** The values a request to a wait's URL carries, when they have the right shape. */
export interface WaitQuery {
	token: string;
	reply: ReplyKind;
	contact: string;
}

export function waitQuery(query: Record<string, unknown>): WaitQuery | undefined {
	const { token, reply, contact } = {
		token: query[TOKEN_PARAM],
		reply: query[REPLY_PARAM],
		contact: query[CONTACT_PARAM],
	};
	if (typeof token !== 'string' || !TOKEN_SHAPE.test(token)) return undefined;
	if (reply !== 'whatsapp' && reply !== 'link') return undefined;
	if (typeof contact !== 'string' || contact === '') return undefined;
	return { token, reply, contact };
}

export async function tokenIsValid(
	ctx: IWebhookFunctions,
	provider: Provider,
	given: WaitQuery,
): Promise<boolean> {
	const expected = await waitToken(ctx, provider, ctx.getExecutionId() ?? '', given.contact);
	return constantTimeEqual(given.token, expected);
}

/**
 * A registration of ours, read from its URL: a resume URL on this n8n
 * (`origin`) with our `reply=whatsapp` and token. Others' webhooks, our
 * triggers' URLs and another n8n's waits are never touched.
 */
export function ourRegistration(
	registered: string,
	origin: string,
): { executionPath: string; until: number } | undefined {
	let url: URL;
	try {
		url = new URL(registered);
	} catch {
		return undefined;
	}
	if (url.origin !== origin || url.searchParams.get(REPLY_PARAM) !== 'whatsapp') return undefined;
	if (!TOKEN_SHAPE.test(url.searchParams.get(TOKEN_PARAM) ?? '')) return undefined;
	const until = Number(url.searchParams.get(UNTIL_PARAM) ?? '0');
	return { executionPath: url.pathname, until: Number.isFinite(until) ? until : 0 };
}
