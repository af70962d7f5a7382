import { sleep } from 'n8n-workflow';

import type { Start } from './learnt';
import { ARRIVAL_MARGIN, LearntLog } from './learnt';

/** A provider's documented limit: at most `limit` requests in any `perMs` window, within one scope. */
export interface RateLimit {
	/** Name of the budget, e.g. "templateSends"; requests of one credential in one scope share it. */
	scope: string;
	limit: number;
	perMs: number;
	/**
	 * For a budget that is not documented (`limit` Infinity): the window lengths (ms) the
	 * provider's throttle can have, if its code says, so that the first 429 tells which one it is.
	 */
	spans?: number[];
}

/** How far back starts are kept for learning an undeclared budget from a 429. */
const LEARN_HORIZON_MS = 60_000;
/** Requests of the scope accepted before a refusal below which a 429 teaches nothing. */
const LEARN_MIN_STARTS = 10;
/** A learnt budget is forgotten this long after the last 429, so a raised quota is used again. */
const LEARNT_FOR_MS = 10 * 60_000;

/**
 * What a caller holds for one pass through a window: the start it was given, and whether the
 * provider refused this request before (then it goes by the learnt budget's safe bound).
 */
export interface Ticket {
	start?: Start;
	refusals?: number;
	/** A request refused twice waits at least as long as the provider asked (its attempts are few). */
	notBefore?: number;
}

/**
 * A sliding-window budget, first come first served: each start is logged and a new one waits
 * until fewer than `limit` of the starts the provider did not refuse fall inside the last
 * `perMs`. A 429 or an exhausted budget reported by the provider blocks the window until the
 * time it gave. A scope whose budget is not documented (RapidPro's are set per workspace)
 * learns it from its 429s as the sliding log the provider keeps (see learnt.ts), so that it
 * sends each request when capacity frees instead of bursting into 429s again.
 */
class Window {
	private starts: Start[] = [];
	private blockedUntil = 0;
	private turn: Promise<unknown> = Promise.resolve();
	private readonly declared: boolean;
	private model?: LearntLog;
	/** The one request pacing by the middle of a learnt window's bracket, while it is wide. */
	private probe?: Start;
	private learntAt = 0;
	private raisedAt = 0;
	/** The shortest round trip of the scope: what a request takes when nothing holds it up. */
	private minRoundTripMs = Infinity;

	constructor(
		readonly scope: string,
		private limit: number,
		private perMs: number,
		private readonly spans: number[] = [],
	) {
		this.declared = Number.isFinite(limit);
	}

	/**
	 * Waits for a slot and takes it (filling `ticket.start`); resolves to undefined, or, without
	 * taking one, to the wait (ms) a slot would need when that passes `deadline`.
	 */
	async take(
		deadline: number,
		onWait: (ms: number) => void,
		ticket: Ticket = {},
	): Promise<number | undefined> {
		// Waiting for its own Retry-After, a request keeps no place in the queue.
		const own = (ticket.notBefore ?? 0) - Date.now();
		if (own > 0) {
			if (ticket.notBefore! > deadline) return own;
			await sleep(own);
		}
		const mine = this.turn.then(async () => await this.waitForSlot(deadline, onWait, ticket));
		this.turn = mine;
		return await mine;
	}

	/** The budget learnt from 429s (a scope without a documented one), if any. */
	learnt(): { limit: number; perMs: number } | undefined {
		return this.model ? { limit: this.model.n, perMs: this.model.span(true) } : undefined;
	}

	/** When each request kept in the window was let through. */
	startTimes(): number[] {
		return this.starts.map((s) => s.at);
	}

	block(untilMs: number): void {
		this.blockedUntil = Math.max(this.blockedUntil, untilMs);
	}

	/**
	 * The provider refused a request of this scope (429) and asked for `waitMs`. Resolves to
	 * true when a learnt budget accounts for the refusal (the window paces by it; nothing else
	 * need wait), false when the window simply waits until `untilMs`.
	 */
	refused(untilMs: number, waitMs: number, ticket: Ticket = {}): boolean {
		const now = Date.now();
		const k = ticket.start;
		ticket.refusals = (ticket.refusals ?? 0) + 1;
		if (ticket.refusals >= 2) ticket.notBefore = untilMs;
		if (!k) {
			this.block(untilMs);
			return false;
		}
		this.heard(k, now);
		k.state = 'refused';
		const before = this.acceptedBefore(k);
		if (this.declared) {
			// Refused within the documented budget: it is shared (another worker, another app). Keep to
			// the share the provider gave us, each request going when one of ours leaves the window,
			// and take back one request a window while none is refused. Waiting out the Retry-After
			// would also wait for the others' requests, which their own pacing already spaces.
			const span = this.span(true);
			const ours = before.filter((s) => s.at > k.at - span).length;
			if (this.model)
				this.model.refused(before, this.departed(k), now, waitMs, this.inFlightBefore(k));
			// As for an undocumented budget, a refusal after a handful of requests teaches nothing.
			else if (ours >= LEARN_MIN_STARTS) this.model = LearntLog.share(ours, span, now, this.limit);
			if (!this.model) {
				this.block(untilMs);
				return false;
			}
			this.learntAt = now;
			return true;
		}
		const kk = this.departed(k);
		if (this.model) this.model.refused(before, kk, now, waitMs, this.inFlightBefore(k));
		else if (before.length >= LEARN_MIN_STARTS)
			this.model = LearntLog.first(before, kk, now, waitMs, this.spans);
		else {
			// A refusal after a handful of requests says nothing about our pace (the provider was
			// busy, or its budget was spent elsewhere): wait it out, learn nothing.
			this.block(untilMs);
			return false;
		}
		this.learntAt = now;
		return true;
	}

	/** The provider answered a request of this scope without refusing it (any status but 429). */
	answered(ticket: Ticket = {}): void {
		const k = ticket.start;
		if (!k || k.state !== 'pending') return;
		this.heard(k, Date.now());
		k.state = 'accepted';
		this.model?.accepted(this.acceptedBefore(k), this.departed(k), k.at);
	}

	private heard(k: Start, now: number): void {
		k.answeredAt = now;
		this.minRoundTripMs = Math.min(this.minRoundTripMs, now - k.at);
	}

	/**
	 * When a request left us at the latest, as the provider's log would have it: a request whose
	 * answer came later than the shortest round trip was held up, on its way out (a busy event
	 * loop, a new connection) or back; counting it as sent that much later keeps the next request
	 * from reaching the provider before the request's place in its log is free.
	 */
	private departed(s: Start): Start {
		if (s.answeredAt === undefined) return s;
		return { ...s, at: Math.max(s.at, s.answeredAt - this.minRoundTripMs) };
	}

	/** The starts taken before `k` still waiting for an answer. */
	private inFlightBefore(k: Start): Start[] {
		const i = this.starts.indexOf(k);
		return this.starts.slice(0, i < 0 ? 0 : i).filter((s) => s.state === 'pending');
	}

	/** The accepted (answered) starts taken before `k`, oldest first, as they departed. */
	private acceptedBefore(k: Start): Start[] {
		const i = this.starts.indexOf(k);
		return this.starts
			.slice(0, i < 0 ? undefined : i)
			.filter((s) => s.state === 'accepted')
			.map((s) => this.departed(s));
	}

	/** The window's span in ms; a declared one scaled for tests, with 2% for arrival jitter. */
	private span(safe: boolean): number {
		if (this.model) return this.model.span(safe);
		return (this.declared ? this.perMs * scale : this.perMs) * ARRIVAL_MARGIN;
	}

	/**
	 * A shared documented budget grows back by half of what it lacks for each window without a
	 * refusal: when the others stop (another worker's run ends) the whole budget is ours again
	 * within a few windows; while they go on, the requests over the budget are refused (nothing
	 * done, sent again) and each gives one back.
	 */
	private raise(now: number): void {
		if (!this.model || !this.declared) return;
		const span = this.model.span(true);
		const quiet = Math.floor((now - Math.max(this.raisedAt, this.learntAt)) / span);
		if (quiet < 1) return;
		for (let i = 0; i < quiet && this.model.n < this.limit; i++)
			this.model.n += Math.ceil((this.limit - this.model.n) / 2);
		this.raisedAt = now;
		if (this.model.n >= this.limit) this.model = undefined;
	}

	private nextStart(now: number, safe: boolean): number {
		if (this.model && now - this.learntAt > LEARNT_FOR_MS) this.model = undefined;
		this.raise(now);
		const limit = this.model ? this.model.n : this.limit;
		const span = this.span(safe);
		const keep = now - (this.model ? this.model.horizon() : Math.max(span, LEARN_HORIZON_MS));
		while (this.starts.length && this.starts[0].at <= keep) this.starts.shift();
		let fromWindow = now;
		if (Number.isFinite(limit)) {
			// The provider logs what it accepted; a refused request took no slot.
			const live = this.starts.filter((s) => s.state !== 'refused');
			const nth = live[live.length - limit];
			const freed = nth && this.departed(nth).at + span;
			if (freed && freed > now) fromWindow = freed;
		}
		return Math.max(fromWindow, this.blockedUntil);
	}

	private async waitForSlot(
		deadline: number,
		onWait: (ms: number) => void,
		ticket: Ticket,
	): Promise<number | undefined> {
		const began = Date.now();
		let warned = false;
		for (;;) {
			const now = Date.now();
			// While the learnt window is only bracketed, one fresh request at a time probes its middle;
			// the others, and any request refused before, go by the safe bound.
			const probing = this.probe?.state === 'pending';
			const safe = probing || (ticket.refusals ?? 0) > 0;
			const at = this.nextStart(now, safe);
			if (at <= now) {
				const start: Start = { at: now, state: 'pending' };
				this.starts.push(start);
				ticket.start = start;
				if (!safe && this.model?.probing()) this.probe = start;
				return undefined;
			}
			if (at > deadline) return at - began;
			if (!warned) {
				warned = true;
				onWait(at - now);
			}
			await sleep(at - now);
		}
	}
}

// Process-wide: every execution of every workflow in this n8n process (main or worker) shares one budget per credential.
const windows = new Map<string, Window>();
let scale = 1;

export function windowFor(credentialKey: string, limit: RateLimit): Window {
	const key = `${credentialKey}\u0000${limit.scope}`;
	let window = windows.get(key);
	if (!window) {
		window = new Window(limit.scope, limit.limit, limit.perMs, limit.spans);
		windows.set(key, window);
	}
	return window;
}

export type { Window };

/** For tests: every budget learnt from 429s in this process, by scope. */
export function learntRateLimits(): Array<{ scope: string; limit: number; perMs: number }> {
	return [...windows.values()].flatMap((w) => {
		const learnt = w.learnt();
		return learnt ? [{ scope: w.scope, ...learnt }] : [];
	});
}

/** For tests: when each request of a scope was let through (the last minute at least), oldest first. */
export function rateLimitStarts(scope: string): number[] {
	return [...windows.values()]
		.filter((w) => w.scope === scope)
		.flatMap((w) => w.startTimes())
		.sort((a, b) => a - b);
}

/**
 * For tests and benchmarks that run in this process: forget every budget, and
 * optionally shrink every window (0.01 turns "1 per minute" into "1 per 0.6 s").
 */
export function resetRateLimits(timeScale = 1): void {
	windows.clear();
	scale = timeScale;
}
