import type { Start } from '../nodes/shared/dispatch/learnt';
import { ARRIVAL_MARGIN, LearntLog } from '../nodes/shared/dispatch/learnt';
import { DRF_THROTTLE_SPANS_MS } from '../nodes/shared/drf';

/**
 * The learning of an undocumented DRF budget from its first 429 (nodes/shared/dispatch/learnt.ts),
 * without timing: requests' start times are given, as the throttle would have seen them.
 */
const accepted = (count: number, from: number, every: number): Start[] =>
	Array.from({ length: count }, (_, i) => ({ at: from + i * every, state: 'accepted' }));

/** The model learnt from `before`, then a refusal at `at` answered at `answered` with this Retry-After. */
const firstRefusal = (before: Start[], at: number, answered: number, retryAfterMs: number) =>
	LearntLog.first(before, { at, state: 'refused' }, answered, retryAfterMs, DRF_THROTTLE_SPANS_MS);

describe('a budget learnt from the first refusal of a DRF throttle', () => {
	test('RapidPro\'s default "2500/hour": 2,500 accepted in 100 s, the next refused with Retry-After 3,500 s: an hour', () => {
		const before = accepted(2500, 0, 40);
		const model = firstRefusal(before, 100_000, 100_050, 3_500_000);
		expect(model.n).toBe(2500);
		expect(model.span()).toBe(3_600_000 * ARRIVAL_MARGIN);
		expect(model.probing()).toBe(false);
	});

	test('"50/s" with a slow first request: the Retry-After of a whole second still tells one second', () => {
		// The first request left 300 ms before the others; the refusal came 900 ms after it.
		const before = [{ at: 0, state: 'accepted' as const }, ...accepted(49, 300, 10)];
		const model = firstRefusal(before, 900, 980, 1000);
		expect(model.n).toBe(50);
		expect(model.span()).toBe(1000 * ARRIVAL_MARGIN);
	});

	test('a window DRF cannot have (a fork\'s "5/15min") is bracketed, not rounded to a DRF length', () => {
		const before = accepted(5, 0, 100);
		const model = firstRefusal(before, 500, 550, 900_000);
		expect(model.n).toBe(5);
		// Between the refusal's gap and the Retry-After's bound; probed, not taken as known.
		expect(model.probing()).toBe(true);
		expect(model.span(true)).toBe(900_550);
	});

	test('once the window is known, a refusal with our N in it is arrival jitter: nothing is unlearnt', () => {
		const before = accepted(50, 0, 10);
		const model = firstRefusal(before, 500, 560, 1000);
		const next = accepted(50, 1020, 10);
		model.refused([...before, ...next], { at: 2040, state: 'refused' }, 2100, 1000);
		expect(model.n).toBe(50);
		expect(model.span()).toBe(1000 * ARRIVAL_MARGIN);
		// Refused with only 10 of ours in the last second: someone else takes the rest.
		model.refused([...before, ...next], { at: 3500, state: 'refused' }, 3560, 1000);
		expect(model.n).toBeLessThan(50);
	});
});

describe("a documented budget shared with others: our share of Spoki's 60 template sends a minute", () => {
	const MINUTE = 60_000;
	/** The share learnt at 0 from 30 of ours accepted in the first 10 s. */
	const shared = () => LearntLog.share(30, MINUTE, 10_000, 60);

	test('holding half the window or more when refused, one is given back', () => {
		const model = shared();
		model.refused(accepted(35, 20_000, 100), { at: 24_000, state: 'refused' }, 24_050, 1000);
		expect(model.n).toBe(29);
	});

	test('holding less, the share is kept: those holding more give theirs back', () => {
		// A burst of refusals found only 3 of ours in the window (the other worker held the rest):
		// the share stays at 30 rather than dropping to 3 and leaving that worker behind.
		const model = shared();
		model.refused(accepted(3, 20_000, 100), { at: 24_000, state: 'refused' }, 24_050, 1000);
		expect(model.n).toBe(30);
	});

	test('a share above half is cut to half when others hold the rest', () => {
		// Grown back to 50 after a quiet minute, then refused with 10 of ours in the window.
		const model = LearntLog.share(50, MINUTE, 10_000, 60);
		model.refused(accepted(10, 20_000, 100), { at: 24_000, state: 'refused' }, 24_050, 1000);
		expect(model.n).toBe(30);
	});

	test('refusals of the burst that taught the share teach nothing more', () => {
		const model = shared();
		model.refused(accepted(30, 0, 10), { at: 5_000, state: 'refused' }, 10_050, 1000);
		expect(model.n).toBe(30);
	});
});
