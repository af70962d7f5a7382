/* eslint-disable @n8n/community-nodes/no-restricted-globals */
import type { IDataObject } from 'n8n-workflow';

import { resetRateLimits, windowFor } from '../nodes/shared/dispatch/limits';
import type { FakeResponse, RecordedRequest } from './fakes/server';
import { FakeServer } from './fakes/server';
import { runNode } from './harness/engine';
import { pkg, type } from './harness/package';

/**
 * The dispatcher (nodes/shared/execute.ts, dispatch/*) through a real node:
 * Spoki's Send Text, against a minimal Spoki stand-in whose answers take as
 * long as each test says, so overlap, order and pacing can be observed.
 * Path and auth header as the Spoki node sends them (see test/fakes/spoki.ts
 * for their sources).
 */
const KEY = 'dispatch-test-key';

interface Arrival {
	at: number;
	phone: string;
	text: string;
}

function spokiStandIn(answer: (req: RecordedRequest, arrival: Arrival) => FakeResponse) {
	const arrivals: Arrival[] = [];
	let inFlight = 0;
	const peak = { value: 0 };
	const fake = new FakeServer(
		'',
		(req) =>
			req.headers['x-spoki-api-key'] === KEY
				? undefined
				: { status: 401, body: { detail: 'Invalid key' } },
		() => ({ status: 404, body: { detail: 'Not found.' } }),
	);
	fake.on('POST', '/api/1/messages/send/', (req) => {
		const body = req.body as IDataObject;
		const arrival = { at: Date.now(), phone: String(body.phone), text: String(body.text) };
		arrivals.push(arrival);
		const response = answer(req, arrival);
		inFlight++;
		peak.value = Math.max(peak.value, inFlight);
		setTimeout(() => inFlight--, response.delayMs ?? 0);
		return response;
	});
	return { fake, arrivals, peak };
}

const ok = (delayMs: number): FakeResponse => ({
	status: 201,
	body: { id: 1, status: 'queued' },
	delayMs,
});

function sends(phones: string[], parallel: number, extra: IDataObject = {}) {
	return {
		parameters: {
			resource: 'message',
			operation: 'sendText',
			phone: '={{ $json.phone }}',
			text: '={{ $json.text }}',
			requestOptions: { parallel, ...extra },
		},
		items: phones.map((phone, i) => ({ phone, text: `message ${i}` })),
	};
}

async function run(
	baseUrl: string,
	phones: string[],
	parallel: number,
	extra: IDataObject = {},
	continueOnFail = false,
) {
	const { parameters, items } = sends(phones, parallel, extra);
	return await runNode(pkg, {
		type: type('spoki'),
		parameters,
		items,
		continueOnFail,
		credentials: { spokiApi: { apiKey: KEY, baseUrl } },
	});
}

const phone = (n: number) => `+3933300${String(n).padStart(5, '0')}`;

describe('dispatcher: parallel requests, in order, nothing sent twice', () => {
	beforeEach(() => resetRateLimits());
	afterAll(() => resetRateLimits());

	test('20 items at 10 in parallel: answers out of order, output in input order, each paired with its input', async () => {
		const stand = spokiStandIn((_, arrival) =>
			ok(20 + ((Number(arrival.phone.slice(-2)) * 37) % 60)),
		);
		const baseUrl = await stand.fake.start();
		try {
			const phones = Array.from({ length: 20 }, (_, i) => phone(i));
			const started = Date.now();
			const result = await run(baseUrl, phones, 10);
			const took = Date.now() - started;
			expect(result.error).toBeUndefined();
			expect(result.items.map((item) => item.pairedItem)).toEqual(
				phones.map((_, i) => ({ item: i })),
			);
			expect(stand.arrivals).toHaveLength(20);
			expect(stand.peak.value).toBeGreaterThan(1);
			expect(stand.peak.value).toBeLessThanOrEqual(10);
			// One at a time would take at least the sum of the delays (> 20 × 20 ms).
			expect(took).toBeLessThan(20 * 20 + 2000);
		} finally {
			await stand.fake.stop();
		}
	});

	test('messages to the same phone go one after the other, in item order, while others overlap', async () => {
		const stand = spokiStandIn((_, arrival) => ok(arrival.text === 'message 0' ? 400 : 10));
		const baseUrl = await stand.fake.start();
		try {
			const same = phone(1);
			const phones = [same, phone(2), same, phone(3), same, phone(4)];
			const result = await run(baseUrl, phones, 5);
			expect(result.error).toBeUndefined();
			const toSame = stand.arrivals.filter((a) => a.phone === same).map((a) => a.text);
			expect(toSame).toEqual(['message 0', 'message 2', 'message 4']);
			// Item 2 waited for item 0's slow answer; items 1, 3 and 5 did not.
			const at = (text: string) => stand.arrivals.find((a) => a.text === text)!.at;
			expect(at('message 2') - at('message 0')).toBeGreaterThanOrEqual(390);
			expect(at('message 1') - at('message 0')).toBeLessThan(300);
		} finally {
			await stand.fake.stop();
		}
	});

	test('Requests in Parallel = 1 sends strictly one after the other', async () => {
		const stand = spokiStandIn(() => ok(15));
		const baseUrl = await stand.fake.start();
		try {
			const result = await run(baseUrl, [phone(1), phone(2), phone(3), phone(4)], 1);
			expect(result.error).toBeUndefined();
			expect(stand.peak.value).toBe(1);
			expect(stand.arrivals.map((a) => a.text)).toEqual([
				'message 0',
				'message 1',
				'message 2',
				'message 3',
			]);
		} finally {
			await stand.fake.stop();
		}
	});

	test('a 429 on a send is waited out (Retry-After) and sent again exactly once', async () => {
		let refused = 0;
		const stand = spokiStandIn((_, arrival) => {
			if (arrival.text === 'message 1' && refused === 0) {
				refused++;
				return {
					status: 429,
					headers: { 'retry-after': '1' },
					body: { detail: 'Request was throttled.' },
				};
			}
			return ok(5);
		});
		const baseUrl = await stand.fake.start();
		try {
			const started = Date.now();
			const result = await run(baseUrl, [phone(1), phone(2), phone(3)], 3);
			expect(result.error).toBeUndefined();
			expect(result.items).toHaveLength(3);
			expect(stand.arrivals.filter((a) => a.text === 'message 1')).toHaveLength(2);
			expect(stand.arrivals).toHaveLength(4);
			expect(Date.now() - started).toBeGreaterThanOrEqual(950);
		} finally {
			await stand.fake.stop();
		}
	});

	test.each([
		['a 500', { status: 500, body: { detail: 'Server error' } }],
		['a dropped connection', { status: 200, drop: true }],
	])('%s on a send is reported, never sent again', async (_, failure) => {
		const stand = spokiStandIn((_req, arrival) =>
			arrival.text === 'message 1' ? (failure as FakeResponse) : ok(5),
		);
		const baseUrl = await stand.fake.start();
		try {
			const result = await run(baseUrl, [phone(1), phone(2), phone(3)], 3, {}, true);
			expect(stand.arrivals.filter((a) => a.text === 'message 1')).toHaveLength(1);
			expect(result.json[1].error).toBeDefined();
			expect(result.json[0].error).toBeUndefined();
			expect(result.json[2].error).toBeUndefined();
		} finally {
			await stand.fake.stop();
		}
	});

	test('without Continue On Fail, the first failure stops the run: nothing new starts, the error says what was sent', async () => {
		const stand = spokiStandIn((_, arrival) =>
			arrival.text === 'message 2'
				? { status: 400, body: { phone: ['Invalid phone.'] }, delayMs: 30 }
				: ok(60),
		);
		const baseUrl = await stand.fake.start();
		try {
			const phones = Array.from({ length: 30 }, (_, i) => phone(i));
			const result = await run(baseUrl, phones, 4);
			expect(result.error?.message).toContain('Invalid phone.');
			// Items 0–3 were in flight together; after item 2 failed, at most the ones already running finished.
			expect(stand.arrivals.length).toBeLessThan(10);
			expect(result.error?.description).toMatch(/Items sent in parallel before the run stopped: 3/);
		} finally {
			await stand.fake.stop();
		}
	});

	test('pacing is shared by two executions at once: Spoki text sends stay within 120 per (scaled) minute', async () => {
		// 1/10 of the real window: 120 text sends per 6 s (wide enough that this process's own
		// scheduling jitter, client and server on 2 shared cores, cannot bunch arrivals across windows).
		resetRateLimits(1 / 10);
		const stand = spokiStandIn(() => ok(1));
		const baseUrl = await stand.fake.start();
		try {
			const phones = Array.from({ length: 100 }, (_, i) => phone(i));
			const started = Date.now();
			const [a, b] = await Promise.all([run(baseUrl, phones, 20), run(baseUrl, phones, 20)]);
			const took = Date.now() - started;
			expect(a.error).toBeUndefined();
			expect(b.error).toBeUndefined();
			expect(stand.arrivals).toHaveLength(200);
			// 200 sends at 120 per 6 s need a second window.
			expect(took).toBeGreaterThanOrEqual(6000);
			// Counted where they arrive, with room for this process's own scheduling jitter (2 cores, client and server in one process).
			const times = stand.arrivals.map((x) => x.at).sort((x, y) => x - y);
			let most = 0;
			for (let i = 0; i < times.length; i++) {
				let j = i;
				while (j < times.length && times[j] - times[i] < 5500) j++;
				most = Math.max(most, j - i);
			}
			expect(most).toBeLessThanOrEqual(120);
		} finally {
			await stand.fake.stop();
		}
	});

	test('a wait longer than Max Wait fails the item with the limit named, and nothing is sent for it', async () => {
		resetRateLimits(1 / 10); // 120 text sends per 6 s
		const stand = spokiStandIn(() => ok(1));
		const baseUrl = await stand.fake.start();
		try {
			const phones = Array.from({ length: 125 }, (_, i) => phone(i));
			const result = await run(baseUrl, phones, 50, { maxWait: 1 }, true);
			expect(stand.arrivals).toHaveLength(120);
			const failed = result.json.filter((j) => j.error);
			expect(failed).toHaveLength(5);
			expect(String(failed[0].error)).toMatch(
				/text sends \(120\/min\).*longer than Max Wait \(1 s\)/,
			);
		} finally {
			await stand.fake.stop();
		}
	});
});

describe('dispatcher: a budget the provider does not document is learnt from its 429s', () => {
	beforeEach(() => resetRateLimits());
	afterAll(() => resetRateLimits());

	test('a learnt budget grows by one after a whole span without a refusal (additive increase)', async () => {
		const window = windowFor('learning-test', { scope: 'v2.messages', limit: Infinity, perMs: 1 });
		const now = () => Date.now();
		for (let i = 0; i < 20; i++) expect(await window.take(now() + 1000, () => {})).toBeUndefined();
		// Refused after 20 starts in the second: 19 accepted becomes the pace.
		window.refused(now(), 1000);
		expect(await window.take(now(), () => {})).toBeGreaterThan(0);
		await new Promise((resolve) => setTimeout(resolve, 1100));
		// A second went by without a refusal: 20 now start at once, the 21st waits.
		for (let i = 0; i < 20; i++) expect(await window.take(now(), () => {})).toBeUndefined();
		expect(await window.take(now(), () => {})).toBeGreaterThan(0);
	});

	test('Weni (RapidPro throttles per workspace): after the first 429 the node keeps to what was accepted, every message sent once', async () => {
		// RapidPro answers 429 with Retry-After in whole seconds (DRF throttling, temba/api/v2 views):
		// a stand-in that accepts 20 messages per wall-clock second.
		const TOKEN = 'dispatch-weni-token';
		const accepted: string[] = [];
		const refusals: number[] = [];
		let second = 0;
		let used = 0;
		const fake = new FakeServer(
			'',
			(req) =>
				req.headers.authorization === `Token ${TOKEN}`
					? undefined
					: { status: 401, body: { detail: 'Invalid token.' } },
			() => ({ status: 404, body: { detail: 'Not found.' } }),
		);
		fake.on('POST', '/api/v2/messages.json', (req) => {
			const now = Date.now();
			if (Math.floor(now / 1000) !== second) {
				second = Math.floor(now / 1000);
				used = 0;
			}
			if (++used > 20) {
				refusals.push(now);
				return {
					status: 429,
					headers: { 'retry-after': '1' },
					body: { detail: 'Request was throttled.' },
				};
			}
			const body = req.body as IDataObject;
			accepted.push(String(body.text));
			return { status: 201, body: { id: accepted.length, status: 'queued', ...body } };
		});
		const baseUrl = await fake.start();
		try {
			const items = Array.from({ length: 100 }, (_, i) => ({
				contact: `0000000${i}-47fe-11e4-bfe9-b8f6b119e9ab`.slice(-36),
				text: `message ${i}`,
			}));
			const result = await runNode(pkg, {
				type: type('weni'),
				parameters: {
					resource: 'message',
					operation: 'send',
					contact: '={{ $json.contact }}',
					text: '={{ $json.text }}',
					requestOptions: { parallel: 25 },
				},
				items,
				credentials: { weniApi: { apiToken: TOKEN, baseUrl, apiFlavour: 'rapidpro' } },
			});
			expect(result.error).toBeUndefined();
			expect(result.json).toHaveLength(100);
			// Each message was accepted exactly once.
			expect([...accepted].sort()).toEqual(items.map((i) => i.text).sort());
			// The first second's burst meets refusals; once learnt, the pace keeps to 20 a second. Without
			// learning, every second after a block bursts again (25 in flight) and meets refusals anew.
			const first = refusals[0];
			expect(first).toBeDefined();
			expect(refusals.filter((at) => at > first + 1500).length).toBeLessThanOrEqual(2);
		} finally {
			await fake.stop();
		}
	});
});
