/**
 * Bounds for one request and for retrying reads. A write is resent only after a 429, which the
 * provider answers before acting (see answer.ts); after a 5xx, timeout or reset it is reported.
 */
export const RETRY_POLICY = {
	/** A request with no answer after this long fails (and a read is retried). */
	timeoutMs: 60_000,
	/** Total attempts, the first one included. */
	maxAttempts: 4,
	/** Longest single wait between a read's attempts; a 429's wait is bounded by the run's Max Wait. */
	maxWaitMs: 30_000,
	/** Longest total wait across all attempts of one request. */
	maxTotalWaitMs: 60_000,
	/** Back-off when the provider gives no Retry-After: 1 s, 2 s, 4 s. */
	baseDelayMs: 1_000,
};

export const RETRYABLE_STATUS = new Set([429, 502, 503, 504]);

/** Milliseconds to wait from a Retry-After header (delta-seconds or HTTP date). */
export function parseRetryAfter(value: unknown, now = Date.now()): number | undefined {
	const raw = Array.isArray(value) ? value[0] : value;
	if (typeof raw !== 'string' && typeof raw !== 'number') return undefined;
	const text = String(raw).trim();
	if (/^\d+(\.\d+)?$/.test(text)) return Math.ceil(parseFloat(text) * 1000);
	const date = Date.parse(text);
	if (Number.isNaN(date)) return undefined;
	return Math.max(0, date - now);
}

/**
 * How long to wait before attempt `attempt + 1`, or undefined to give up.
 * `hintMs` is the provider's own wait (Retry-After or similar), if it gave one.
 */
export function nextDelay(
	attempt: number,
	hintMs: number | undefined,
	waitedSoFar: number,
): number | undefined {
	if (attempt >= RETRY_POLICY.maxAttempts) return undefined;
	const delay = hintMs ?? RETRY_POLICY.baseDelayMs * 2 ** (attempt - 1);
	if (delay > RETRY_POLICY.maxWaitMs) return undefined;
	if (waitedSoFar + delay > RETRY_POLICY.maxTotalWaitMs) return undefined;
	return delay;
}
