import type { IExecuteFunctions, IWebhookFunctions } from 'n8n-workflow';

import type { Provider } from '../provider';
import { constantTimeEqual } from '../webhook/signature';
import { credentialHmac, TOKEN_PARAM, TOKEN_SHAPE } from '../webhook/token';

/**
 * A wait's URLs: n8n's signed resume URL of this execution and node
 * (`getSignedResumeUrl`, as n8n 2.x's own Send and Wait makes its links:
 * n8n-io/n8n packages/nodes-base/utils/sendAndWait/utils.ts
 * getSendAndWaitConfig). n8n signs the path and every query value with its
 * instance secret and refuses (401) a request to a Send and Wait node whose
 * URL was changed (packages/cli/src/webhooks/waiting-webhooks.ts
 * validateSignature), so the provider must deliver to the URL exactly as
 * registered. Our values, all covered by n8n's signature:
 * - `token`: an HMAC of the execution, node and contact keyed by the
 *   credential's secret, checked like a trigger's token;
 * - `reply`: `whatsapp` on the URL registered at the provider, `link` on links;
 * - `contact`: whose messages answer (deliveries from anyone else are ignored
 *   before any credential read);
 * - `until`: when the wait ends (ms since 1970, 0 for never) and `since`,
 *   when it began, so a later wait can remove a registration its own wait
 *   could not (timeout, stopped execution).
 */
export const REPLY_PARAM = 'reply';
export const CONTACT_PARAM = 'contact';
export const UNTIL_PARAM = 'until';
export const SINCE_PARAM = 'since';

export type ReplyKind = 'whatsapp' | 'link';

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
	since: number;
	/** More query values (a link's `approved`). */
	extra?: Record<string, string>;
}

export function waitUrl(ctx: IExecuteFunctions, values: WaitUrlValues): string {
	const query: Record<string, string> = {
		[TOKEN_PARAM]: values.token,
		[REPLY_PARAM]: values.reply,
		[CONTACT_PARAM]: values.contact,
		[UNTIL_PARAM]: String(values.until),
		[SINCE_PARAM]: String(values.since),
		...values.extra,
	};
	if (typeof ctx.getSignedResumeUrl === 'function') return ctx.getSignedResumeUrl(query);
	// n8n 1.x before signed resume URLs: `$execution.resumeUrl` + `/<node id>`, our token the only proof.
	const url = new URL(String(ctx.evaluateExpression('{{ $execution?.resumeUrl }}', 0)));
	url.pathname = `${url.pathname.replace(/\/+$/, '')}/${encodeURIComponent(ctx.getNode().id)}`;
	for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
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
