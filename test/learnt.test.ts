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
