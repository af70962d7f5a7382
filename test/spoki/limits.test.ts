import type { IDataObject } from 'n8n-workflow';

import { resetRateLimits } from '../../nodes/shared/dispatch/limits';
import { operationRunner } from '../harness/operation';
import { spokiBed } from './setup';

/**
 * Spoki's documented rate limits (sources on FakeSpoki.limits), scaled from a
 * minute to one second: the bulk sync takes 1 request per window, sends a few.
 * A 429 from DRF means the request had no effect, so the node waits
 * Retry-After and sends it again; nothing is ever delivered twice.
 */
const bed = spokiBed();
const run = operationRunner(bed);
const WINDOW_MS = 1000;

// The node's declared windows (nodes/Spoki/provider.ts) shrink by the same factor as the fake's.
beforeEach(() => {
	bed.fake.enforceLimits(WINDOW_MS);
	resetRateLimits(WINDOW_MS / 60_000);
});
afterEach(() => {
	bed.fake.clearLimits();
	resetRateLimits(1 / 1000); // the suite's scale (test/setup-env.ts)
});

const people = (n: number, from = 0) =>
	Array.from({ length: n }, (_, i) => ({
		phone: `+39320${String(from + i).padStart(7, '0')}`,
		name: `Person ${from + i}`,
	}));

test('the fake answers like DRF once a scope is used up: 429, Retry-After, detail', async () => {
	const url = `${bed.credentials.spokiApi.baseUrl as string}/api/1/contacts/sync_all/`;
	const post = async () =>
		await fetch(url, {
			method: 'POST',
			headers: {
				'content-type': 'application/json',
				'x-spoki-api-key': String(bed.credentials.spokiApi.apiKey),
			},
			body: JSON.stringify([{ phone: '+393201112222' }]),
		});
	expect((await post()).status).toBe(200);
	const second = await post();
	expect(second.status).toBe(429);
	expect(second.headers.get('retry-after')).toBe('1');
	expect(await second.json()).toEqual({
		detail: 'Request was throttled. Expected available in 1 second.',
	});
});

test('a bulk upsert of 1,200 contacts delivers all three batches, waiting between them', async () => {
	const input = people(1200);
	bed.fake.bulkSizes.length = 0;
	bed.fake.acceptedAt.syncAll.length = 0;
	const r = await run(
		'contact',
		'upsert',
		{
			phone: '={{ $json.phone }}',
			additionalFields: { firstName: '={{ $json.name }}' },
		},
		{ items: input },
	);
	expect(r.error).toBeUndefined();
	expect(bed.fake.bulkSizes).toEqual([500, 500, 200]);
	expect(r.json).toHaveLength(1200);
	expect(
		r.json.every(
			(c, i) => (c as IDataObject).phone === input[i].phone && !(c as IDataObject).error,
		),
	).toBe(true);
	const at = bed.fake.acceptedAt.syncAll;
	expect(at).toHaveLength(3);
	expect(at[1] - at[0]).toBeGreaterThanOrEqual(WINDOW_MS - 50);
	expect(at[2] - at[1]).toBeGreaterThanOrEqual(WINDOW_MS - 50);
	// The node paces to its declared window; a request arriving a few ms early
	// (transit jitter) may still get a 429, which is waited out and resent, never doubled.
}, 30_000);

test('ten text sends against a stricter server (4 per window) all arrive, each once, after its 429s', async () => {
	bed.fake.enforceLimits(WINDOW_MS, { text: 4 });
	bed.fake.sent.length = 0;
	const items = Array.from({ length: 10 }, (_, i) => ({ text: `Message ${i}` }));
	const r = await run(
		'message',
		'sendText',
		{
			phone: '+393331234567',
			text: '={{ $json.text }}',
		},
		{ items },
	);
	expect(r.error).toBeUndefined();
	expect(bed.fake.sent.map((m) => m.text)).toEqual(items.map((i) => i.text));
	expect(r.json.every((m) => (m as IDataObject).status === 'Pending')).toBe(true);
	expect(bed.fake.throttledBy.text).toBeGreaterThan(0);
}, 30_000);

test('operator assignment is paced at 5 per window (Composio): 7 assignments, the last two a window later, each once', async () => {
	bed.fake.seedContacts(7);
	const ids = bed.fake.contacts.slice(-7).map((c) => String(c.id));
	bed.fake.acceptedAt.addOperator.length = 0;
	const r = await run(
		'contact',
		'addOperator',
		{ contactId: '={{ $json.id }}', email: 'anna@acme.test' },
		{ items: ids.map((id) => ({ id })) },
	);
	expect(r.error).toBeUndefined();
	expect(r.json).toHaveLength(7);
	const at = bed.fake.acceptedAt.addOperator;
	expect(at).toHaveLength(7);
	// The sixth waited for the first to leave the window: paced, not refused and resent.
	expect(at[5] - at[0]).toBeGreaterThanOrEqual(WINDOW_MS - 50);
	// A request a few ms early (transit jitter) may still meet a 429: it is resent, never doubled.
	expect(bed.fake.requestsTo('POST', 'add_operator')).toHaveLength(
		7 + bed.fake.throttledBy.addOperator,
	);
}, 30_000);
