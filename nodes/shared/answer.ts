import type { IDataObject } from 'n8n-workflow';

import type { Provider } from './provider';
import { RETRY_POLICY, RETRYABLE_STATUS, nextDelay, parseRetryAfter } from './retry';

/** An HTTP answer as the transport received it. */
export interface ApiResponse {
	statusCode: number;
	headers: IDataObject;
	body: unknown;
}

/** What was known when an answer (or the lack of one) came back. */
export interface Attempt {
	/** This attempt's number, the first being 1. */
	attempt: number;
	/** Whether the request may be repeated safely (reads; see ApiRequest.idempotent). */
	idempotent: boolean;
	/** Whether a text success body is expected. */
	textResponse: boolean;
	/** Milliseconds already slept between earlier attempts (not counting waits for the rate windows). */
	waitedMs: number;
	/** The request's Max Wait deadline, and now (ms since the epoch). */
	deadline: number;
	now: number;
}

/**
 * What to do with an answer:
 * - `ok`: a success, with its body (an empty text body read as `{}`);
 * - `retryAfter`: send again after `ms`; for a refusal (429) the rate windows
 *   hold the request back, otherwise the loop sleeps;
 * - `fail`: report it; `failureIn2xx` when a 2xx answer did not succeed.
 * `refusedMs` marks a 429: the provider refused before acting and asked for that wait.
 */
export type Verdict =
	| { kind: 'ok'; body: unknown; refusedMs?: undefined }
	| { kind: 'retryAfter'; ms: number; refusedMs?: number }
	| { kind: 'fail'; failureIn2xx?: string; refusedMs?: number };

/**
 * Classifies one answer, or `undefined` when none came (refused or dropped
 * connection, timeout). Pure: the caller sleeps, sends and raises.
 * A 429 means the provider refused before acting (DRF throttles before the
 * view runs), so it is sent again, writes included, while the attempts and
 * Max Wait allow. Reads are also tried again on 502/503/504 (and a
 * provider's own retryable statuses) and when no answer came; a write that
 * may have acted is never repeated.
 */
export function classifyAnswer(
	provider: Provider,
	response: ApiResponse | undefined,
	at: Attempt,
): Verdict {
	if (response === undefined) return retryRead(at, undefined);
	const { statusCode, body } = response;
	if (statusCode >= 200 && statusCode < 300) return classifySuccess(provider, body, at);
	const hint =
		parseRetryAfter(headerValue(response.headers, 'retry-after'), at.now) ??
		provider.retryDelay?.(response.headers, statusCode);
	if (statusCode === 429) {
		const refusedMs = hint ?? RETRY_POLICY.baseDelayMs * 2 ** (at.attempt - 1);
		const again = at.attempt < RETRY_POLICY.maxAttempts && at.now + refusedMs <= at.deadline;
		return again ? { kind: 'retryAfter', ms: refusedMs, refusedMs } : { kind: 'fail', refusedMs };
	}
	if (RETRYABLE_STATUS.has(statusCode) || provider.retryableStatus?.includes(statusCode))
		return retryRead(at, hint);
	return { kind: 'fail' };
}

function classifySuccess(provider: Provider, body: unknown, at: Attempt): Verdict {
	let read = body;
	if (typeof body === 'string' && !at.textResponse) {
		// A success with no body (204) is an empty object; any other text is not the API.
		if (body.trim() !== '') return { kind: 'fail', failureIn2xx: 'the response is not JSON' };
		read = {};
	}
	const failureIn2xx = provider.failureIn2xx?.(read);
	return failureIn2xx === undefined ? { kind: 'ok', body: read } : { kind: 'fail', failureIn2xx };
}

/** A read is tried again within the retry policy; anything else fails. */
function retryRead(at: Attempt, hintMs: number | undefined): Verdict {
	const delay = at.idempotent ? nextDelay(at.attempt, hintMs, at.waitedMs) : undefined;
	return delay === undefined ? { kind: 'fail' } : { kind: 'retryAfter', ms: delay };
}

export function headerValue(headers: IDataObject, name: string): string | undefined {
	const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
	const value = key === undefined ? undefined : headers[key];
	if (Array.isArray(value)) return String(value[0]);
	return value === undefined || value === null ? undefined : String(value);
}
