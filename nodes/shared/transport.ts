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
import { describeFailure, redact } from './errors';

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
}

/** One credential read per node run, not per item or per page. */
const credentialCache = new WeakMap<object, Map<string, Promise<CredentialState>>>();

export async function credentialState(
	ctx: RequestContext,
	provider: Provider,
): Promise<CredentialState> {
	let perContext = credentialCache.get(ctx);
	if (!perContext) {
		perContext = new Map();
		credentialCache.set(ctx, perContext);
	}
	let state = perContext.get(provider.credentialType);
	if (!state) {
		state = ctx.getCredentials(provider.credentialType).then((data) => ({
			data,
			baseUrl: String(data.baseUrl ?? '').trim().replace(/\/+$/, ''),
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
		}));
		perContext.set(provider.credentialType, state);
	}
	return await state;
}

function resolveUrl(baseUrl: string, req: ApiRequest): string {
	if (req.url) {
		// Follow a provider's `next` link without ever sending the key to another host.
		const next = new URL(req.url, `${baseUrl}/`);
		return `${new URL(baseUrl).origin}${next.pathname}${next.search}`;
	}
	return `${baseUrl}${req.path ?? ''}`;
}

/**
 * Sends one request with the node's credential and returns the full response.
 * Reads are retried on 429/502/503/504 (and dropped connections), honouring
 * Retry-After within RETRY_POLICY; non-idempotent calls are sent exactly once.
 * Every failure becomes a NodeApiError in the provider's own words.
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
		timeout: RETRY_POLICY.timeoutMs,
	};
	const credentialsDecrypted = {
		id: 'node',
		name: provider.credentialType,
		type: provider.credentialType,
		data: credential.data,
	};

	let attempt = 0;
	let waited = 0;
	for (;;) {
		attempt++;
		let response: ApiResponse;
		try {
			const raw = (
				req.authenticate === false
					? await ctx.helpers.httpRequest({ ...options })
					: await ctx.helpers.httpRequestWithAuthentication.call(
							ctx,
							provider.credentialType,
							{ ...options },
							{ credentialsDecrypted },
						)
			) as { statusCode: number; headers: IDataObject; body: unknown };
			response = { statusCode: raw.statusCode, headers: raw.headers ?? {}, body: raw.body };
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
			throw new NodeApiError(
				ctx.getNode(),
				{ message: reason },
				{
					message: `${provider.displayName} could not be reached: ${reason}`,
					description: idempotent
						? `Gave up after ${attempt} attempt(s).`
						: 'The request was not repeated, because it may already have taken effect.',
					itemIndex,
				},
			);
		}

		const { statusCode } = response;
		if (statusCode >= 200 && statusCode < 300) {
			if (typeof response.body === 'string' && !req.textResponse) {
				// A success with no body (204) is an empty object; any other text is not the API.
				if (response.body.trim() !== '') {
					throw apiError(ctx, provider, response, itemIndex, credential.secrets, 'the response is not JSON');
				}
				response.body = {};
			}
			const failure = provider.failureIn2xx?.(response.body);
			if (failure !== undefined) {
				throw apiError(ctx, provider, response, itemIndex, credential.secrets, failure);
			}
			return response;
		}
		if (idempotent && RETRYABLE_STATUS.has(statusCode)) {
			const hint =
				parseRetryAfter(headerValue(response.headers, 'retry-after')) ??
				provider.retryDelay?.(response.headers, statusCode);
			const delay = nextDelay(attempt, hint, waited);
			if (delay !== undefined) {
				waited += delay;
				await sleep(delay);
				continue;
			}
		}
		throw apiError(ctx, provider, response, itemIndex, credential.secrets);
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
): NodeApiError {
	const { message, description } = describeFailure(provider, response, failureIn2xx);
	return new NodeApiError(
		ctx.getNode(),
		{ httpCode: String(response.statusCode) },
		{
			message: redact(message, secrets),
			description: redact(description, secrets),
			httpCode: String(response.statusCode),
			itemIndex,
		},
	);
}
