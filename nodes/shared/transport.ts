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

import type { ApiResponse } from './answer';
import { classifyAnswer } from './answer';
import type { Provider } from './provider';
import { runSettings } from './dispatch/settings';
import { rateGate } from './dispatch/gate';
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
	/** JSON body, or a Buffer for uploads (see multipart.ts). */
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

export type { ApiResponse };

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

/** The request's HTTP options; the transport reads every status itself. */
function httpOptions(
	ctx: RequestContext,
	credential: CredentialState,
	req: ApiRequest,
): IHttpRequestOptions {
	return {
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
}

/** Sends once; no `response` when no HTTP answer came (refused or dropped connection, timeout). */
async function sendOnce(
	ctx: RequestContext,
	provider: Provider,
	req: ApiRequest,
	options: IHttpRequestOptions,
	credential: CredentialState,
): Promise<{ response?: ApiResponse; error?: unknown }> {
	try {
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
		return {
			response: { statusCode: raw.statusCode, headers: raw.headers ?? {}, body: raw.body },
		};
	} catch (error) {
		return { error };
	}
}

/**
 * Sends one request with the node's credential and returns the full response.
 * Each attempt first passes the rate windows (dispatch/gate.ts); the answer is
 * then classified (answer.ts): a success is returned, a refusal (429) or a
 * failed read is sent again, anything else becomes a NodeApiError in the
 * provider's own words, with the status and body attached (see apiFailureOf).
 */
export async function apiRequestFull(
	ctx: RequestContext,
	provider: Provider,
	req: ApiRequest,
	itemIndex = 0,
): Promise<ApiResponse> {
	const credential = await credentialState(ctx, provider);
	const idempotent = req.idempotent ?? req.method === 'GET';
	const options = httpOptions(ctx, credential, req);
	const gate = rateGate(ctx, provider, credential.key, req, itemIndex);
	let waitedMs = 0;
	for (let attempt = 1; ; attempt++) {
		await gate.wait();
		const { response, error } = await sendOnce(ctx, provider, req, options, credential);
		if (response) gate.heard(response.headers, response.statusCode);
		const verdict = classifyAnswer(provider, response, {
			attempt,
			idempotent,
			textResponse: req.textResponse === true,
			waitedMs,
			deadline: gate.deadline,
			now: Date.now(),
		});
		if (verdict.refusedMs !== undefined) gate.refused(verdict.refusedMs);
		if (verdict.kind === 'retryAfter') {
			// After a refusal the windows hold the next attempt back; otherwise sleep here.
			if (verdict.refusedMs === undefined) {
				waitedMs += verdict.ms;
				await sleep(verdict.ms);
			}
			continue;
		}
		if (!response)
			throw unreachable(ctx, provider, error, credential, idempotent, attempt, itemIndex);
		if (verdict.kind === 'ok') return { ...response, body: verdict.body };
		const tries =
			verdict.failureIn2xx === undefined ? { idempotent, attempts: attempt } : undefined;
		throw apiError(
			ctx,
			provider,
			response,
			itemIndex,
			credential.secrets,
			verdict.failureIn2xx,
			tries,
		);
	}
}

/** No HTTP answer came, and the request is not sent again. */
function unreachable(
	ctx: RequestContext,
	provider: Provider,
	error: unknown,
	credential: CredentialState,
	idempotent: boolean,
	attempt: number,
	itemIndex: number,
): NodeApiError {
	const reason = redact(
		String((error as JsonObject | undefined)?.message ?? 'no response'),
		credential.secrets,
	);
	const failure = new NodeApiError(
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
	return attachFailure(failure, { status: 0, body: undefined, mayHaveActed: true });
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
