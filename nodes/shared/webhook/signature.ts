import { createHmac, timingSafeEqual } from 'crypto';

/**
 * Provider-independent checks for signed webhook deliveries: HMAC-SHA256 of
 * `<timestamp>.<raw body>` compared in constant time, a timestamp tolerance
 * against stale or replayed deliveries (event-id replays: see replay.ts).
 */

/** Why a delivery's signature was not accepted. */
export type SignatureProblem = 'missing' | 'malformed' | 'stale' | 'mismatch' | 'noSecret';

export type SignatureCheck =
	| { valid: true; timestamp: number }
	| { valid: false; problem: SignatureProblem };

/** HMAC-SHA256 of `payload` with `secret`, lowercase hex. */
export function hmacSha256Hex(secret: string, payload: string | Buffer): string {
	return createHmac('sha256', secret).update(payload).digest('hex');
}

/** Constant-time comparison of two strings (false when their lengths differ). */
export function constantTimeEqual(a: string, b: string): boolean {
	const left = Buffer.from(a, 'utf8');
	const right = Buffer.from(b, 'utf8');
	return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Parses a `key=value,key=value` signature header (`t=1700000000,v2=ab12…`).
 * Returns undefined for an empty or malformed header, or one repeating a key.
 */
export function parseSignatureHeader(header: unknown): Record<string, string> | undefined {
	const text = Array.isArray(header) ? header[0] : header;
	if (typeof text !== 'string' || text.trim() === '') return undefined;
	const parts: Record<string, string> = {};
	for (const piece of text.split(',')) {
		const at = piece.indexOf('=');
		if (at <= 0) return undefined;
		const key = piece.slice(0, at).trim();
		const value = piece.slice(at + 1).trim();
		if (!key || !value || Object.prototype.hasOwnProperty.call(parts, key)) return undefined;
		parts[key] = value;
	}
	return parts;
}

export interface TimestampedSignatureOptions {
	/** The exact bytes received, before any JSON parsing. */
	rawBody: Buffer | string | undefined;
	/** The signature header as received (e.g. `X-Spoki-Signature`). */
	header: unknown;
	/** Header key holding the Unix timestamp in seconds, e.g. `t`. */
	timestampKey: string;
	/** Header key holding the hex HMAC, e.g. `v2`. */
	signatureKey: string;
	/** Every secret the delivery may be signed with; one match is enough. */
	secrets: string[];
	/** Largest accepted distance between the timestamp and now, past or future. */
	toleranceSeconds: number;
	/** Current time in milliseconds (for tests). */
	now?: number;
}

/**
 * Verifies a `t=<unix>,v2=<hex>` style signature: the HMAC-SHA256 of
 * `<t>.<rawBody>` under one of `secrets`, with `t` within the tolerance.
 */
export function verifyTimestampedSignature(options: TimestampedSignatureOptions): SignatureCheck {
	const secrets = options.secrets.filter((s) => typeof s === 'string' && s !== '');
	if (secrets.length === 0) return { valid: false, problem: 'noSecret' };
	const text = Array.isArray(options.header) ? options.header[0] : options.header;
	if (text === undefined || text === null || (typeof text === 'string' && text.trim() === '')) {
		return { valid: false, problem: 'missing' };
	}
	const parts = parseSignatureHeader(text);
	const stamp = parts?.[options.timestampKey];
	const signature = parts?.[options.signatureKey]?.toLowerCase();
	if (!stamp || !signature || !/^\d{1,12}$/.test(stamp) || !/^[0-9a-f]{64}$/.test(signature)) {
		return { valid: false, problem: 'malformed' };
	}
	const timestamp = Number(stamp);
	const now = Math.floor((options.now ?? Date.now()) / 1000);
	if (options.toleranceSeconds < 0 || Math.abs(now - timestamp) > options.toleranceSeconds) {
		return { valid: false, problem: 'stale' };
	}
	const raw = options.rawBody === undefined ? Buffer.alloc(0) : Buffer.from(options.rawBody);
	const payload = Buffer.concat([Buffer.from(`${stamp}.`, 'utf8'), raw]);
	let matched = false;
	for (const secret of secrets) {
		// Every secret is tried, so the time taken does not tell which one matched.
		if (constantTimeEqual(hmacSha256Hex(secret, payload), signature)) matched = true;
	}
	return matched ? { valid: true, timestamp } : { valid: false, problem: 'mismatch' };
}
