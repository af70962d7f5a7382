import type { IDataObject } from 'n8n-workflow';

import type { RateLimit } from './dispatch/limits';
import type { ApiRequest } from './transport';

/**
 * What the shared core needs to know about a provider. A provider folder
 * exports one of these; everything else (requests, retries, paging, errors,
 * validation, webhooks) lives in this folder.
 */
export interface Provider {
	/** Name shown in error messages, e.g. "2Chat". */
	displayName: string;
	/** Credential type name, e.g. "twoChatApi". The credential must have `baseUrl`. */
	credentialType: string;
	/** Credential fields that are not secret (ids shown in the provider's UI), so never redacted. */
	publicCredentialFields?: string[];
	/** The provider's own words for a failed response, if its body carries any. */
	errorMessage(body: unknown): string | undefined;
	/** A 2xx answer that still reports a failure (2Chat `success: false`, Heyy `data.errors`). */
	failureIn2xx?(body: unknown): string | undefined;
	/**
	 * Wait (ms) before retrying a rate-limited read when the answer has no
	 * Retry-After but another hint, such as Heyy's `X-RateLimit-Reset`.
	 */
	retryDelay?(headers: Record<string, unknown>, statusCode: number): number | undefined;
	/**
	 * The documented rate limits a request counts against (per credential and
	 * scope, shared by every execution in this n8n process). Cite the source.
	 */
	limits?(req: ApiRequest): RateLimit[];
	/**
	 * What an answer's headers say is left of a budget (Heyy's X-RateLimit-*):
	 * when nothing is left, every request of the credential waits until `resetAt` (ms epoch).
	 */
	budget?(headers: IDataObject): { remaining: number; resetAt: number } | undefined;
	/** Statuses besides 429/502/503/504 that the provider documents as "try again shortly" (reads only). */
	retryableStatus?: number[];
	/** Default of "Requests in Parallel" for this provider's node. */
	parallel?: number;
}
