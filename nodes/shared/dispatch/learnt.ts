/**
 * A budget the provider does not document, learnt from its 429s. RapidPro and Weni Flows throttle
 * with Django REST Framework's SimpleRateThrottle (rest_framework/throttling.py): per scope, a log
 * of the accepted requests of the last `duration`; a request is refused while `num_requests` of
 * them are in it, and refused requests are not logged. So a sender that knows N (`num_requests`)
 * and D (`duration`) can send request k exactly when its N-th predecessor leaves the window,
 * without a single refusal. This model learns both:
 *
 * - N: the requests accepted before the first refusal (from an idle start they are the log).
 * - D, when the provider's throttle can only have a few window lengths (DRF's `parse_rate` knows a
 *   second, a minute, an hour and a day): the first refusal's Retry-After (DRF's `ceil(wait())`,
 *   the time until the oldest logged request leaves) puts D within one second below
 *   `hi = now + Retry-After − start(oldest)`, and only one of those lengths fits there. D is then
 *   known exactly, so no request waits on a guess and the refusals that follow (arrival jitter)
 *   teach nothing about D.
 * - Otherwise D as a bracket [lo, hi]: a refusal of request k says the log was still full, so
 *   D > start(k) − start(k−N); an acceptance says it was not, so D ≤ start(k) − start(k−N); and
 *   the Retry-After bounds D from above as above.
 *
 * While the bracket is wide, one request at a time probes its middle (each probe halves it; a
 * refused probe is resent by the safe bound `hi`) and the others go by `hi`; once it is narrow,
 * all go by `hi`. Counts use only answered
 * requests, so requests still in flight never widen what was learnt.
 */

/** One request through a window: when it started and what the provider answered. */
export interface Start {
	/** When it was let through; once answered, when it left us at the latest (see Window). */
	at: number;
	state: 'pending' | 'accepted' | 'refused';
	answeredAt?: number;
}

/** Room a window keeps for arrival jitter: a request goes 2% of the window after its slot frees. */
export const ARRIVAL_MARGIN = 1.02;

/** The bracket is narrow enough at 2% of D (or 5 ms): then `hi` paces, at most 2% slow. */
const NARROW = (hi: number) => Math.max(5, hi * 0.02);

/** Resolution of a Retry-After header (whole seconds, or an HTTP date). */
const RETRY_AFTER_STEP_MS = 1000;

/**
 * The one window length of `spans` that the first refusal allows: D ≤ `hi`, and D is more than
 * `hi` less the Retry-After's rounding and the refused request's round trip (twice: its own, and
 * the oldest request's way to the provider).
 */
function knownSpan(spans: number[], hi: number, roundTripMs: number): number | undefined {
	const fits = spans.filter(
		(d) => d <= hi && d > hi - RETRY_AFTER_STEP_MS - 2 * roundTripMs - NARROW(d),
	);
	return fits.length === 1 ? fits[0] : undefined;
}

export class LearntLog {
	private constructor(
		/** Requests the provider accepts per window. */
		public n: number,
		/** D is above this (ms). */
		public lo: number,
		/** D is at most this (ms). */
		public hi: number,
		/**
		 * How D is known: bracketed by what the provider answered; `known`, the one length its
		 * throttle allows; `documented`, a documented window (with its margin) of which the
		 * provider gives us a share.
		 */
		private readonly d: 'bracket' | 'known' | 'documented' = 'bracket',
	) {}

	/**
	 * Learns from the first refusal: `before` are the answered accepted starts before it, oldest
	 * first; `spans` the window lengths the provider's throttle can have, if it says.
	 */
	static first(
		before: Start[],
		refused: Start,
		now: number,
		waitMs: number,
		spans: number[] = [],
	): LearntLog {
		const oldest = before[0].at;
		const lo = refused.at - oldest;
		const hi = Math.max(now + waitMs - oldest, lo + NARROW(lo));
		const span = knownSpan(spans, now + waitMs - oldest, now - refused.at);
		if (span !== undefined) {
			const model = new LearntLog(before.length, span, span, 'known');
			// Requests of the same burst still unanswered may yet be accepted: they count too.
			model.burstEnd = Math.min(refused.at, oldest + span);
			return model;
		}
		return new LearntLog(before.length, lo, hi);
	}

	/**
	 * A documented budget (`n` per `span` ms) the provider still refused: others share it (another
	 * n8n worker with the same credential, another app). Our share is what it accepted from us in
	 * the window before the refusal; the window's length is the documented one.
	 */
	static share(accepted: number, span: number, now: number, budget: number): LearntLog {
		const model = new LearntLog(Math.max(1, accepted), span, span, 'documented');
		model.learntAt = now;
		model.budget = budget;
		return model;
	}

	/** A documented budget's whole size, of which `n` is our share. */
	private budget = Infinity;

	/** When a documented budget's share was learnt: requests sent before it say nothing new. */
	private learntAt = 0;

	/** A known window's first burst: requests sent before this and accepted are part of N. */
	private burstEnd = 0;

	/**
	 * The window to pace by: a known one with the margin a documented one has for arrival jitter;
	 * else the bracket's middle while it is wide (a probe), else `hi`; `safe` always `hi`.
	 */
	span(safe = false): number {
		if (this.d === 'known') return this.hi * ARRIVAL_MARGIN;
		return safe || this.narrow() ? this.hi : (this.lo + this.hi) / 2;
	}

	/** Whether fresh requests still probe the bracket's middle (it is wider than 2%). */
	probing(): boolean {
		return !this.narrow();
	}

	/** How far back a start can still count. */
	horizon(): number {
		return this.hi * 1.5;
	}

	private narrow(): boolean {
		return this.hi - this.lo <= NARROW(this.hi);
	}

	/**
	 * Request `k` was refused; `before` are the accepted starts before it, oldest first, `inFlight`
	 * those before it still unanswered.
	 */
	refused(before: Start[], k: Start, now: number, waitMs: number, inFlight: Start[] = []): void {
		if (this.d === 'documented') {
			// The other requests of the burst that taught the share, refused for the same reason.
			if (k.at < this.learntAt) return;
			// Refused within our share: the provider's window was full. Ours in it (those in flight
			// count: most will be accepted) tell who holds more. Holding half the budget or more, give
			// one back; holding less, the others hold more and give back theirs when refused, so keep
			// the share, up to half (the others may be another app that never yields). Two workers so
			// meet at half each, and a worker that a burst of refusals finds with few requests in the
			// window keeps its share instead of dropping to those few.
			const recent = [...before, ...inFlight].filter(
				(s) => s.at > k.at - this.hi - NARROW(this.hi),
			).length;
			if (recent * 2 >= this.budget) this.n = Math.max(1, this.n - 1);
			else this.n = Math.min(this.n, Math.max(recent + 1, Math.ceil(this.budget / 2)));
			return;
		}
		if (this.d === 'known') {
			// D is exact, so this is arrival jitter, unless fewer than N of ours can have been in the
			// provider's log: those started within the window, with twice the refused request's round
			// trip for how late they may have reached it, answered or not. Then someone else takes part
			// of the budget: keep to what is left.
			const since = k.at - this.span() - 2 * (now - k.at);
			const ours = [...before, ...inFlight].filter((s) => s.at > since).length;
			if (ours < this.n) this.n = Math.max(1, ours);
			return;
		}
		// Ours that may still have been in the provider's log (with room for arrival jitter).
		const recent = before.filter((s) => s.at > k.at - this.hi - NARROW(this.hi));
		if (recent.length < this.n) {
			// Refused with fewer than N of ours in the window: the budget is smaller (or shared).
			this.n = Math.max(1, recent.length);
		}
		const oldest = before[before.length - this.n];
		if (!oldest) return;
		const gap = k.at - oldest.at;
		if (gap < this.hi) {
			this.lo = Math.max(this.lo, gap);
			const fromRetryAfter = now + waitMs - oldest.at;
			if (fromRetryAfter > this.lo) this.hi = Math.min(this.hi, fromRetryAfter);
		} else {
			// Refused past `hi`: arrival jitter (the oldest reached the provider late), or `hi` too
			// small. Step it up by 1%: one late arrival costs little, a small `hi` recovers.
			this.hi += NARROW(this.hi) / 2;
			this.lo = Math.max(this.lo, this.hi - NARROW(this.hi));
		}
	}

	/**
	 * Request `k` was accepted; `before` are the accepted starts before it, oldest first; `sentAt`
	 * when it was let through (`k.at` may be later: when it left us at the latest).
	 */
	accepted(before: Start[], k: Start, sentAt = k.at): void {
		if (sentAt < this.burstEnd) {
			// Answered after the refusal that taught N, though sent in the same burst: one more.
			this.n += 1;
			return;
		}
		const oldest = before[before.length - this.n];
		if (!oldest) return;
		const gap = k.at - oldest.at;
		// Accepted with N of ours closer than D can be: the budget is larger than N.
		if (gap <= this.lo) this.n += 1;
		else if (this.d === 'bracket') this.hi = Math.min(this.hi, gap);
	}
}
