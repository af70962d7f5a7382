import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IExecuteFunctions,
	IHookFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IWebhookFunctions,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError, sleep } from 'n8n-workflow';

import type { Provider } from './provider';
import { RETRY_POLICY, RETRYABLE_STATUS, nextDelay, parseRetryAfter } from './retry';
import { ANNOUNCE_WAIT_MS, runSettings } from './dispatch/settings';
import type { RateLimit } from './dispatch/limits';
import { windowFor } from './dispatch/limits';
import type { Tries } from './errors';
import { attachFailure, describeFailure, genericMessage, redact } from './errors';
import { perRun } from './perRun';

export type RequestContext =
	| IExecuteFunctions
	| ILoadOptionsFunctions
	| IHookFunctions
	| IWebhookFunctions;

export interface ApiRequest {
	method: IHttpRequestMethods;
	/** Path below the credential's base URL; ids in it must come from `pathSegment`. */
	path?: string;
	/** Absolute URL (a `next` link); only its path and query are used, on the credential's host. */
	url?: string;
	qs?: IDataObject;
	/** JSON body, or a FormData / Buffer for uploads. */
	body?: IHttpRequestOptions['body'];
	headers?: IDataObject;
	/**
	 * False for endpoints that must not receive the API key (a provider's public
	 * webhook URL on the same host): sent with the plain HTTP helper.
	 */
	authenticate?: false;
	/** Accept a text (non-JSON) success body; by default one is reported as an error. */
	textResponse?: boolean;
	/**
	 * Whether the call may be repeated safely. Defaults to true for GET and
	 * false for everything else: a send must never reach a customer twice.
	 */
	idempotent?: boolean;
}

export interface ApiResponse {
	statusCode: number;
	headers: IDataObject;
	body: unknown;
}

interface CredentialState {
	baseUrl: string;
	data: ICredentialDataDecryptedObject;
	secrets: string[];
	/** Identifies the credential's rate-limit budgets across executions. */
	key: string;
}

/** One credential read per node run, not per item or per page. */
export async function credentialState(
	ctx: RequestContext,
	provider: Provider,
): Promise<CredentialState> {
	return await perRun(ctx, `credential:${provider.credentialType}`, async () => {
		const data = await ctx.getCredentials(provider.credentialType);
		const baseUrl = String(data.baseUrl ?? '')
			.trim()
			.replace(/\/+$/, '');
		const id = ctx.getNode().credentials?.[provider.credentialType]?.id ?? '';
		return {
			data,
			baseUrl,
			key: `${provider.credentialType}:${id}:${baseUrl}`,
			// Values long enough to be a key or token: kept out of every error we raise.
			secrets: Object.entries(data)
				.filter(
					([key, value]) =>
						key !== 'baseUrl' &&
						!provider.publicCredentialFields?.includes(key) &&
						typeof value === 'string' &&
						value.length >= 6,
				)
				.map(([, value]) => value as string),
		};
	});
}

function resolveUrl(baseUrl: string, req: ApiRequest): string {
	if (req.url) {
		// Follow a provider's `next` link without ever sending the key to another host.
		const next = new URL(req.url, `${baseUrl}/`);
		return `${new URL(baseUrl).origin}${next.pathname}${next.search}`;
	}
	return `${baseUrl}${req.path ?? ''}`;
}

/** Every request of a credential counts against this budget, so a provider's "nothing left" stops them all. */
const WHOLE_CREDENTIAL: RateLimit = { scope: 'all requests', limit: Infinity, perMs: 1 };

/** Tells the user (node log always, the editor in a manual run) that a request waits for a rate limit. */
function announceWait(
	ctx: RequestContext,
	provider: Provider,
	scope: string,
	ms: number,
	itemIndex: number,
): void {
	if (ms < ANNOUNCE_WAIT_MS) return;
	const text = `${provider.displayName}: item ${itemIndex} waits ${Math.ceil(ms / 1000)} s for the rate limit "${scope}"`;
	ctx.logger?.info(text);
	const ui = (ctx as Partial<IExecuteFunctions>).sendMessageToUI;
	if (typeof ui === 'function') ui.call(ctx, text);
}

async function send(
	ctx: RequestContext,
	provider: Provider,
	req: ApiRequest,
	options: IHttpRequestOptions,
	credential: CredentialState,
): Promise<ApiResponse> {
	const raw = (
		req.authenticate === false
			? await ctx.helpers.httpRequest({ ...options })
			: await ctx.helpers.httpRequestWithAuthentication.call(
					ctx,
					provider.credentialType,
					{ ...options },
					{
						credentialsDecrypted: {
							id: 'node',
							name: provider.credentialType,
							type: provider.credentialType,
							data: credential.data,
						},
					},
				)
	) as { statusCode: number; headers: IDataObject; body: unknown };
	return { statusCode: raw.statusCode, headers: raw.headers ?? {}, body: raw.body };
}

/**
 * Sends one request with the node's credential and returns the full response.
 * Every request first waits for the provider's documented rate limits (see
 * dispatch/limits.ts). A 429 means the provider refused before acting, so it
 * is waited out (Retry-After) and sent again, writes included, within the
 * run's Max Wait. Reads are also retried on 502/503/504 and dropped
 * connections; any other failure of a write is reported, never repeated.
 * Every failure becomes a NodeApiError in the provider's own words, with the
 * status and body attached (see apiFailureOf).
 */
export async function apiRequestFull(
	ctx: RequestContext,
	provider: Provider,
	req: ApiRequest,
	itemIndex = 0,
): Promise<ApiResponse> {
	const credential = await credentialState(ctx, provider);
	const idempotent = req.idempotent ?? req.method === 'GET';
	const options: IHttpRequestOptions = {
		method: req.method,
		url: resolveUrl(credential.baseUrl, req),
		qs: req.qs,
		body: req.body,
		headers: req.headers,
		json: true,
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		timeout: runSettings(ctx).timeoutMs,
	};
	const { maxWaitMs } = runSettings(ctx);
	const deadline = Date.now() + maxWaitMs;
	const windows = [WHOLE_CREDENTIAL, ...(provider.limits?.(req) ?? [])].map((limit) =>
		windowFor(credential.key, limit),
	);

	let attempt = 0;
	let waited = 0;
	for (;;) {
		attempt++;
		for (const window of windows) {
			const neededMs = await window.take(deadline, (ms) =>
				announceWait(ctx, provider, window.scope, ms, itemIndex),
			);
			if (neededMs === undefined) continue;
			const text = `would wait ${Math.ceil(neededMs / 1000)} s for "${window.scope}", longer than Max Wait (${Math.round(maxWaitMs / 1000)} s)`;
			throw attachFailure(
				new NodeApiError(
					ctx.getNode(),
					{ message: text },
					{
						message: `${provider.displayName} rate limit: item ${itemIndex} ${text}`,
						description:
							'Nothing was sent for this item. Raise "Max Wait" in Request Options, or send fewer items per run.',
						itemIndex,
					},
				),
				{ status: 0, body: undefined, mayHaveActed: false },
			);
		}
		let response: ApiResponse;
		try {
			response = await send(ctx, provider, req, options, credential);
		} catch (error) {
			// No HTTP answer at all: connection refused or dropped, timeout.
			const delay = idempotent ? nextDelay(attempt, undefined, waited) : undefined;
			if (delay !== undefined) {
				waited += delay;
				await sleep(delay);
				continue;
			}
			const reason = redact(
				String((error as JsonObject).message ?? 'no response'),
				credential.secrets,
			);
			throw attachFailure(
				new NodeApiError(
					ctx.getNode(),
					{ message: reason },
					{
						message: `${provider.displayName} could not be reached: ${reason}`,
						description: idempotent
							? `Gave up after ${attempt} attempt(s).`
							: 'The request was not repeated, because it may already have taken effect.',
						itemIndex,
					},
				),
				{ status: 0, body: undefined, mayHaveActed: true },
			);
		}

		const { statusCode } = response;
		const budget = provider.budget?.(response.headers);
		if (budget && budget.remaining <= 0) for (const window of windows) window.block(budget.resetAt);
		if (statusCode >= 200 && statusCode < 300) {
			if (typeof response.body === 'string' && !req.textResponse) {
				// A success with no body (204) is an empty object; any other text is not the API.
				if (response.body.trim() !== '') {
					throw apiError(
						ctx,
						provider,
						response,
						itemIndex,
						credential.secrets,
						'the response is not JSON',
					);
				}
				response.body = {};
			}
			const failure = provider.failureIn2xx?.(response.body);
			if (failure !== undefined) {
				throw apiError(ctx, provider, response, itemIndex, credential.secrets, failure);
			}
			return response;
		}
		const hint =
			parseRetryAfter(headerValue(response.headers, 'retry-after')) ??
			provider.retryDelay?.(response.headers, statusCode);
		if (statusCode === 429) {
			// Refused before acting (DRF throttles before the view runs): safe to send again, writes included.
			const delay = hint ?? RETRY_POLICY.baseDelayMs * 2 ** (attempt - 1);
			const until = Date.now() + delay;
			// The most specific scope learns from the refusal (when its budget is not documented); all wait.
			for (const window of windows.slice(0, -1)) window.block(until);
			windows[windows.length - 1].refused(until, delay);
			if (attempt < RETRY_POLICY.maxAttempts && until <= deadline) continue; // the windows hold it back
		} else if (
			idempotent &&
			(RETRYABLE_STATUS.has(statusCode) || provider.retryableStatus?.includes(statusCode))
		) {
			const delay = nextDelay(attempt, hint, waited);
			if (delay !== undefined) {
				waited += delay;
				await sleep(delay);
				continue;
			}
		}
		throw apiError(ctx, provider, response, itemIndex, credential.secrets, undefined, {
			idempotent,
			attempts: attempt,
		});
	}
}

/** Sends one request and returns its parsed body. */
export async function apiRequest<T = unknown>(
	ctx: RequestContext,
	provider: Provider,
	req: ApiRequest,
	itemIndex = 0,
): Promise<T> {
	return (await apiRequestFull(ctx, provider, req, itemIndex)).body as T;
}

/**
 * Sends one request whose answer must be a JSON object: the typed reader for
 * code that relies on the shape (instead of an unchecked `apiRequest<T>`).
 */
export async function apiObject(
	ctx: RequestContext,
	provider: Provider,
	req: ApiRequest,
	itemIndex = 0,
): Promise<IDataObject> {
	const response = await apiRequestFull(ctx, provider, req, itemIndex);
	const { body } = response;
	if (body !== null && typeof body === 'object' && !Array.isArray(body)) return body as IDataObject;
	const credential = await credentialState(ctx, provider);
	throw apiError(
		ctx,
		provider,
		response,
		itemIndex,
		credential.secrets,
		'the answer is not a JSON object',
	);
}

export function headerValue(headers: IDataObject, name: string): string | undefined {
	const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
	const value = key === undefined ? undefined : headers[key];
	if (Array.isArray(value)) return String(value[0]);
	return value === undefined || value === null ? undefined : String(value);
}

function apiError(
	ctx: RequestContext,
	provider: Provider,
	response: ApiResponse,
	itemIndex: number,
	secrets: string[],
	failureIn2xx?: string,
	tries?: Tries,
): NodeApiError {
	const { message, description } = describeFailure(provider, response, failureIn2xx, tries);
	const error = new NodeApiError(
		ctx.getNode(),
		{ httpCode: String(response.statusCode) },
		{
			message: redact(message, secrets),
			description: redact(description, secrets),
			httpCode: String(response.statusCode),
			itemIndex,
		},
	);
	return attachFailure(error, {
		status: response.statusCode,
		body: response.body,
		providerMessage:
			failureIn2xx ?? provider.errorMessage(response.body) ?? genericMessage(response.body),
		mayHaveActed: response.statusCode !== 429,
	});
}
