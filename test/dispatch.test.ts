/* eslint-disable @n8n/community-nodes/no-restricted-globals */
import type { IDataObject } from 'n8n-workflow';

import { ARRIVAL_MARGIN } from '../nodes/shared/dispatch/learnt';
import type { Ticket } from '../nodes/shared/dispatch/limits';
import {
	learntRateLimits,
	rateLimitStarts,
	resetRateLimits,
	windowFor,
} from '../nodes/shared/dispatch/limits';
import type { FakeResponse, RecordedRequest } from './fakes/server';
import { FakeServer } from './fakes/server';
import { SlidingLogThrottle } from './fakes/throttle';
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
			const result = await run(baseUrl, phones, 10);
			expect(result.error).toBeUndefined();
			expect(result.items.map((item) => item.pairedItem)).toEqual(
				phones.map((_, i) => ({ item: i })),
			);
			expect(stand.arrivals).toHaveLength(20);
			// Several were in flight at once (never more than asked): the mechanism, not a time bound
			// that a busy shared machine could miss.
			expect(stand.peak.value).toBeGreaterThan(1);
			expect(stand.peak.value).toBeLessThanOrEqual(10);
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
			// Item 2 waited for item 0's slow answer (400 ms); items 1, 3 and 5 did not: they arrived first.
			const at = (text: string) => stand.arrivals.find((a) => a.text === text)!.at;
			expect(at('message 2') - at('message 0')).toBeGreaterThanOrEqual(390);
			for (const other of ['message 1', 'message 3', 'message 5'])
				expect(at(other)).toBeLessThan(at('message 2'));
		} finally {
			await stand.fake.stop();
		}
	});

	test('one phone written two ways is one recipient: its messages still go one after the other', async () => {
		const stand = spokiStandIn((_, arrival) => ok(arrival.text === 'message 0' ? 400 : 10));
		const baseUrl = await stand.fake.start();
		try {
			const result = await run(baseUrl, ['+39 333 000 0001', phone(2), '+393330000001'], 3);
			expect(result.error).toBeUndefined();
			const toSame = stand.arrivals.filter((a) => a.phone === phone(1)).map((a) => a.text);
			expect(toSame).toEqual(['message 0', 'message 2']);
			const at = (text: string) => stand.arrivals.find((a) => a.text === text)!.at;
			expect(at('message 2') - at('message 0')).toBeGreaterThanOrEqual(390);
			expect(at('message 1')).toBeLessThan(at('message 2'));
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
			// The mechanism: both executions took their slots from one window, never more than 120 in
			// any 6 s. (Counted where the node lets requests through, not where they arrive: on a busy
			// 2-core machine a request can reach the stand-in a second after it was let through.)
			const times = rateLimitStarts('text sends (120/min)');
			expect(times).toHaveLength(200);
			let most = 0;
			for (let i = 0; i < times.length; i++) {
				let j = i;
				while (j < times.length && times[j] - times[i] < 6000) j++;
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

const WENI_TOKEN = 'dispatch-weni-token';

/** RapidPro's `POST /api/v2/messages.json` behind a DRF throttle: what it accepted and refused. */
function weniStandIn(throttle: SlidingLogThrottle) {
	const accepted: string[] = [];
	const refused: string[] = [];
	const fake = new FakeServer(
		'',
		(req) =>
			req.headers.authorization === `Token ${WENI_TOKEN}`
				? undefined
				: { status: 401, body: { detail: 'Invalid token.' } },
		() => ({ status: 404, body: { detail: 'Not found.' } }),
	);
	fake.on('POST', '/api/v2/messages.json', (req) => {
		const body = req.body as IDataObject;
		const wait = throttle.allow();
		if (wait !== undefined) {
			refused.push(String(body.text));
			return {
				status: 429,
				headers: { 'retry-after': String(wait) },
				body: { detail: `Request was throttled. Expected available in ${wait} seconds.` },
			};
		}
		accepted.push(String(body.text));
		return { status: 201, body: { id: accepted.length, status: 'queued', ...body } };
	});
	return { fake, accepted, refused };
}

function weniSends(baseUrl: string, count: number, continueOnFail = false) {
	const items = Array.from({ length: count }, (_, i) => ({
		contact: `0000000${i}-47fe-11e4-bfe9-b8f6b119e9ab`.slice(-36),
		text: `message ${i}`,
	}));
	const run = runNode(pkg, {
		type: type('weni'),
		parameters: {
			resource: 'message',
			operation: 'send',
			contact: '={{ $json.contact }}',
			text: '={{ $json.text }}',
			requestOptions: { parallel: 25 },
		},
		items,
		continueOnFail,
		credentials: { weniApi: { apiToken: WENI_TOKEN, baseUrl, apiFlavour: 'rapidpro' } },
	});
	return { items, run };
}

describe('dispatcher: a budget the provider does not document is learnt from its 429s', () => {
	beforeEach(() => resetRateLimits());
	afterAll(() => resetRateLimits());

	test("a budget learnt from a sliding-log throttle's 429s: N exactly, the window bracketed to within 10%, each request accepted once", async () => {
		// DRF's SimpleRateThrottle at 20 per 500 ms, answered in-process: the window learns both
		// numbers from refusals, acceptances and Retry-After (whole seconds, so it brackets D only).
		const throttle = new SlidingLogThrottle(20, 500);
		const window = windowFor('learning-test', { scope: 'v2.messages', limit: Infinity, perMs: 1 });
		let accepted = 0;
		let attempts = 0;
		for (let i = 0; i < 120; i++) {
			const ticket: Ticket = {};
			for (;;) {
				attempts++;
				expect(await window.take(Date.now() + 60_000, () => {}, ticket)).toBeUndefined();
				const wait = throttle.allow();
				if (wait === undefined) {
					window.answered(ticket);
					accepted++;
					break;
				}
				// A refused request is sent again (it took no slot at the provider), by the safe bound.
				expect(window.refused(Date.now() + wait * 1000, wait * 1000, ticket)).toBe(
					window.learnt() !== undefined,
				);
				expect(ticket.refusals).toBeLessThanOrEqual(3);
			}
		}
		expect(accepted).toBe(120);
		expect(attempts).toBeGreaterThan(120);
		const learnt = window.learnt();
		expect(learnt?.limit).toBe(20);
		// Measured in our starts, so a few ms of scheduling either way; never the Retry-After's whole second.
		expect(learnt?.perMs).toBeGreaterThanOrEqual(480);
		expect(learnt?.perMs).toBeLessThanOrEqual(550);
	});

	test('Weni (RapidPro throttles per workspace): after the first 429 the node keeps to what was accepted, every message sent once', async () => {
		// RapidPro throttles with DRF's SimpleRateThrottle (a sliding log of accepted requests,
		// Retry-After = ceil(wait())): a stand-in that accepts 20 messages per second that way.
		const { fake, accepted, refused } = weniStandIn(new SlidingLogThrottle(20, 1000));
		const baseUrl = await fake.start();
		try {
			const { items, run } = weniSends(baseUrl, 100);
			const result = await run;
			expect(result.error).toBeUndefined();
			expect(result.json).toHaveLength(100);
			// Nothing sent twice: each message accepted exactly once.
			expect([...accepted].sort()).toEqual(items.map((i) => i.text).sort());
			// What was resent: only refused messages, each once per refusal, until accepted.
			expect(refused.length).toBeGreaterThan(0);
			for (const text of new Set(refused))
				expect(fake.requests.filter((r) => (r.body as IDataObject).text === text)).toHaveLength(
					refused.filter((t) => t === text).length + 1,
				);
			// What was learnt: the throttle's one-second window exactly (the one DRF length the first
			// Retry-After allows), with the margin a documented window keeps, and about its 20 requests
			// (those answered before the first refusal; a busy machine may leave one or two unanswered).
			const learnt = learntRateLimits();
			expect(learnt).toHaveLength(1);
			expect(learnt[0].perMs).toBe(1000 * ARRIVAL_MARGIN);
			expect(learnt[0].limit).toBeGreaterThanOrEqual(15);
			expect(learnt[0].limit).toBeLessThanOrEqual(20);
		} finally {
			await fake.stop();
		}
	});

	test('an hourly budget used up ("30/hour"): the refused items and those after them fail at once, past Max Wait, and nothing is sent for them', async () => {
		// As RapidPro's 2,500/hour at a smaller scale: the 31st message is refused with a Retry-After
		// of almost an hour, which only DRF's hour window allows.
		const { fake, accepted, refused } = weniStandIn(new SlidingLogThrottle(30, 3_600_000));
		const baseUrl = await fake.start();
		try {
			const began = Date.now();
			const { items, run } = weniSends(baseUrl, 60, true);
			const result = await run;
			expect(result.json).toHaveLength(60);
			expect(accepted).toHaveLength(30);
			const failed = result.json.filter((j) => j.error !== undefined);
			expect(failed).toHaveLength(30);
			// Refused ones in Weni's words; the others never sent, the wait named.
			const sent = new Set([...accepted, ...refused]);
			for (const [i, json] of result.json.entries()) {
				if (json.error === undefined) continue;
				const message = typeof json.error === 'string' ? json.error : JSON.stringify(json.error);
				if (!sent.has(items[i].text))
					expect(message).toMatch(/would wait \d+ s for "v2\.messages", longer than Max Wait/);
			}
			// Only the messages on their way when the first refusal came back were refused: the rest
			// failed without a request each, at once.
			expect(refused.length).toBeLessThanOrEqual(25);
			expect(fake.requests.length).toBe(accepted.length + refused.length);
			expect(Date.now() - began).toBeLessThan(60_000);
			expect(learntRateLimits()).toEqual([
				{ scope: 'v2.messages', limit: 30, perMs: 3_600_000 * ARRIVAL_MARGIN },
			]);
		} finally {
			await fake.stop();
		}
	});
});

describe('dispatcher: a documented budget shared with others (another n8n worker, another app)', () => {
	beforeEach(() => resetRateLimits());
	afterAll(() => resetRateLimits());

	test('two workers share it through 429s: the one with fewer requests is not starved, and each request is accepted once', async () => {
		// One provider limit of 20 per 500 ms, throttled as DRF does, and two windows on two
		// credentials (as two workers pace on their own): A has 30 requests, B 120, five in flight
		// each, answered 5 ms after they arrive.
		const span = 500;
		const throttle = new SlidingLogThrottle(20, span);
		const limit = { scope: 'template sends', limit: 20, perMs: span };
		const accepted = { a: 0, b: 0 };
		let refused = 0;
		async function send(window: ReturnType<typeof windowFor>, who: 'a' | 'b'): Promise<void> {
			const ticket: Ticket = {};
			for (;;) {
				expect(await window.take(Date.now() + 60_000, () => {}, ticket)).toBeUndefined();
				const wait = throttle.allow();
				await new Promise((resolve) => setTimeout(resolve, 5));
				if (wait === undefined) {
					window.answered(ticket);
					accepted[who]++;
					return;
				}
				refused++;
				window.refused(Date.now() + wait * 1000, wait * 1000, ticket);
			}
		}
		async function worker(who: 'a' | 'b', count: number): Promise<number> {
			const window = windowFor(`worker-${who}`, limit);
			const began = Date.now();
			let next = 0;
			await Promise.all(
				Array.from({ length: 5 }, async () => {
					while (next < count) {
						next++;
						await send(window, who);
					}
				}),
			);
			return Date.now() - began;
		}
		const [aTook] = await Promise.all([worker('a', 30), worker('b', 120)]);
		expect(accepted).toEqual({ a: 30, b: 120 });
		expect(refused).toBeGreaterThan(0);
		// A's 30 at half the budget take two or three windows. A rule that let one worker grow past
		// half while the other's requests were refused left A about one request a window, behind
		// Retry-Afters of a whole second: 4.3 s.
		expect(aTook).toBeLessThan(6 * span);
	});
});
