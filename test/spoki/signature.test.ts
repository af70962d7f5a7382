import { createHmac } from 'node:crypto';

import {
	constantTimeEqual,
	hmacSha256Hex,
	parseSignatureHeader,
	verifyTimestampedSignature,
} from '../../nodes/shared/webhook/signature';
import { ReplayGuard } from '../../nodes/shared/webhook/replay';

const SECRET = 'whsec_unit_test_secret';
const NOW = Date.UTC(2026, 10, 22, 12, 0, 0);
const T = Math.floor(NOW / 1000);
const raw = '{"event":"message.inbound","event_uuid":"e1","text":"caffè ☕"}';
const sign = (secret: string, t: number, body: string | Buffer = raw) =>
	createHmac('sha256', secret)
		.update(Buffer.concat([Buffer.from(`${t}.`), Buffer.from(body)]))
		.digest('hex');

const verify = (
	header: unknown,
	overrides: Partial<Parameters<typeof verifyTimestampedSignature>[0]> = {},
) =>
	verifyTimestampedSignature({
		rawBody: Buffer.from(raw),
		header,
		timestampKey: 't',
		signatureKey: 'v2',
		secrets: [SECRET],
		toleranceSeconds: 300,
		now: NOW,
		...overrides,
	});

describe('parseSignatureHeader', () => {
	test('reads key=value pairs, trimming spaces', () => {
		expect(parseSignatureHeader('t=1, v2=ab')).toEqual({ t: '1', v2: 'ab' });
		expect(parseSignatureHeader(['t=1,v2=ab'])).toEqual({ t: '1', v2: 'ab' });
	});

	test.each([[''], ['t'], ['=1'], ['t=1,t=2'], ['t=1,,v2=a'], [undefined], [42]])(
		'refuses %j',
		(header) => {
			expect(parseSignatureHeader(header)).toBeUndefined();
		},
	);
});

describe('verifyTimestampedSignature (HMAC-SHA256 of "t.rawBody")', () => {
	test('accepts the right signature, over the exact bytes (UTF-8 included)', () => {
		expect(verify(`t=${T},v2=${sign(SECRET, T)}`)).toEqual({ valid: true, timestamp: T });
		expect(hmacSha256Hex(SECRET, `${T}.${raw}`)).toBe(sign(SECRET, T));
	});

	test('accepts any of several secrets (one webhook per event, each with its own)', () => {
		const header = `t=${T},v2=${sign('second-secret', T)}`;
		expect(verify(header, { secrets: ['first-secret', 'second-secret'] }).valid).toBe(true);
		expect(verify(header, { secrets: ['first-secret'] })).toEqual({
			valid: false,
			problem: 'mismatch',
		});
	});

	test('refuses another body, another secret or another timestamp', () => {
		expect(verify(`t=${T},v2=${sign(SECRET, T, raw.replace('e1', 'e2'))}`)).toEqual({
			valid: false,
			problem: 'mismatch',
		});
		expect(verify(`t=${T},v2=${sign('other', T)}`)).toEqual({ valid: false, problem: 'mismatch' });
		expect(verify(`t=${T + 1},v2=${sign(SECRET, T)}`)).toEqual({
			valid: false,
			problem: 'mismatch',
		});
	});

	test('tolerance: 300 s either way is accepted, 301 s is stale', () => {
		for (const skew of [-300, 300, 0])
			expect(verify(`t=${T + skew},v2=${sign(SECRET, T + skew)}`).valid).toBe(true);
		for (const skew of [-301, 301]) {
			expect(verify(`t=${T + skew},v2=${sign(SECRET, T + skew)}`)).toEqual({
				valid: false,
				problem: 'stale',
			});
		}
	});

	test('missing, malformed and unverifiable deliveries', () => {
		expect(verify(undefined)).toEqual({ valid: false, problem: 'missing' });
		expect(verify('  ')).toEqual({ valid: false, problem: 'missing' });
		expect(verify(`t=${T},v1=${sign(SECRET, T)}`)).toEqual({ valid: false, problem: 'malformed' });
		expect(verify(`t=abc,v2=${sign(SECRET, T)}`)).toEqual({ valid: false, problem: 'malformed' });
		expect(verify(`t=${T},v2=xyz`)).toEqual({ valid: false, problem: 'malformed' });
		expect(verify(`t=${T},v2=${sign(SECRET, T)}`, { secrets: [] })).toEqual({
			valid: false,
			problem: 'noSecret',
		});
		expect(verify(`t=${T},v2=${sign(SECRET, T)}`, { rawBody: undefined })).toEqual({
			valid: false,
			problem: 'mismatch',
		});
	});

	test('constantTimeEqual compares whole strings of equal length only', () => {
		expect(constantTimeEqual('abc', 'abc')).toBe(true);
		expect(constantTimeEqual('abc', 'abd')).toBe(false);
		expect(constantTimeEqual('abc', 'abcd')).toBe(false);
	});
});

describe('ReplayGuard', () => {
	test('an id is new once per scope, and again after its time to live', () => {
		const guard = new ReplayGuard(1000);
		expect(guard.firstSeen('wf:a', 'e1', undefined, NOW)).toBe(true);
		expect(guard.firstSeen('wf:a', 'e1', undefined, NOW + 999)).toBe(false);
		expect(guard.firstSeen('wf:b', 'e1', undefined, NOW)).toBe(true);
		expect(guard.firstSeen('wf:a', 'e1', undefined, NOW + 1001)).toBe(true);
	});

	test('ids kept in the store survive a new process (a fresh guard)', () => {
		const store: Record<string, unknown> = {};
		expect(new ReplayGuard(60_000).firstSeen('wf', 'e1', store as never, NOW)).toBe(true);
		expect(new ReplayGuard(60_000).firstSeen('wf', 'e1', store as never, NOW + 10)).toBe(false);
		// Expired ids are dropped from the store: it then holds e2 alone.
		expect(new ReplayGuard(60_000).firstSeen('wf', 'e2', store as never, NOW + 61_000)).toBe(true);
		const alone = String(store.seen);
		expect(new ReplayGuard(60_000).firstSeen('wf', 'e1', store as never, NOW + 61_000)).toBe(true);
		expect(String(store.seen).startsWith(alone)).toBe(true);
		expect(String(store.seen)).toHaveLength(2 * alone.length);
	});

	test('a repeat changes nothing in the store (so n8n saves nothing)', () => {
		const store: Record<string, unknown> = {};
		new ReplayGuard(60_000).firstSeen('wf', 'e1', store as never, NOW);
		const before = JSON.stringify(store);
		expect(new ReplayGuard(60_000).firstSeen('wf', 'e1', store as never, NOW + 10)).toBe(false);
		expect(JSON.stringify(store)).toBe(before);
	});

	test('memory and store are bounded, dropping the oldest ids', () => {
		const store: Record<string, unknown> = {};
		const guard = new ReplayGuard(60_000, 3, 2);
		for (const id of ['a', 'b', 'c', 'd']) guard.firstSeen('wf', id, store as never, NOW);
		const fresh = new ReplayGuard(60_000);
		expect(fresh.firstSeen('wf', 'c', store as never, NOW)).toBe(false);
		expect(fresh.firstSeen('wf', 'd', store as never, NOW)).toBe(false);
		expect(fresh.firstSeen('wf', 'b', store as never, NOW)).toBe(true); // dropped from the store (cap 2)
		expect(guard.firstSeen('wf', 'a', undefined, NOW)).toBe(true); // forgotten by memory (cap 3)
		expect(guard.firstSeen('wf', 'd', undefined, NOW)).toBe(false);
	});

	test('a store of the older form (an object of ids) is still read, and replaced at the next write', () => {
		const store: Record<string, unknown> = { seenEventIds: { e1: NOW + 60_000 } };
		const guard = new ReplayGuard(60_000);
		expect(guard.firstSeen('wf', 'e1', store as never, NOW)).toBe(false);
		expect(guard.firstSeen('wf', 'e2', store as never, NOW)).toBe(true);
		expect(store.seenEventIds).toBeUndefined();
		expect(new ReplayGuard(60_000).firstSeen('wf', 'e2', store as never, NOW)).toBe(false);
	});
});
