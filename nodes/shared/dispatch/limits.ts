import { sleep } from 'n8n-workflow';

/** A provider's documented limit: at most `limit` requests in any `perMs` window, within one scope. */
export interface RateLimit {
	/** Name of the budget, e.g. "templateSends"; requests of one credential in one scope share it. */
	scope: string;
	limit: number;
	perMs: number;
}

/** How far back starts are kept for learning an undeclared budget from a 429. */
const LEARN_HORIZON_MS = 60_000;
/** Requests of the scope in the refused span below which a 429 teaches nothing. */
const LEARN_MIN_STARTS = 10;
/** A learnt budget is forgotten this long after the last 429, so a raised quota is used again. */
const LEARNT_FOR_MS = 10 * 60_000;
/** Spans without a refusal after which a learnt budget grows by one request. */
const RAISE_AFTER_SPANS = 1;

/**
 * A sliding-window budget, first come first served: each start is logged and
 * a new one waits until fewer than `limit` fall inside the last `perMs`. A 429
 * or an exhausted budget reported by the provider blocks the window until the
 * time it gave. A scope whose budget is not documented (RapidPro's are set
 * per workspace) learns it from a 429: what it had accepted over the wait the
 * provider asked for becomes its pace, instead of bursting into 429s again,
 * and grows by one request each span without a refusal (see `raise`).
 */
class Window {
	private starts: number[] = [];
	private refusals: number[] = [];
	private blockedUntil = 0;
	private turn: Promise<unknown> = Promise.resolve();
	private readonly declared: boolean;
	private learntAt = 0;
	private raisedAt = 0;

	constructor(
		readonly scope: string,
		private limit: number,
		private perMs: number,
	) {
		this.declared = Number.isFinite(limit);
	}

	/**
	 * Waits for a slot and takes it; resolves to undefined, or, without taking
	 * one, to the wait (ms) a slot would need when that passes `deadline`.
	 */
	async take(deadline: number, onWait: (ms: number) => void): Promise<number | undefined> {
		const mine = this.turn.then(async () => await this.waitForSlot(deadline, onWait));
		this.turn = mine;
		return await mine;
	}

	block(untilMs: number): void {
		this.blockedUntil = Math.max(this.blockedUntil, untilMs);
	}

	/** The provider refused a request of this scope (429) and asked for `waitMs`. */
	refused(untilMs: number, waitMs: number): void {
		this.block(untilMs);
		const now = Date.now();
		this.refusals.push(now);
		if (this.declared) return;
		const span = Math.max(1000, waitMs);
		const started = this.starts.filter((t) => t > now - span).length;
		// A refusal after a handful of requests says nothing about our pace (the provider was busy,
		// or its budget was spent elsewhere): wait it out, learn nothing.
		if (started < LEARN_MIN_STARTS) return;
		const refused = this.refusals.filter((t) => t > now - span).length;
		const accepted = Math.max(1, started - refused);
		if (this.learntAt === 0 || accepted < this.limit) {
			this.limit = accepted;
			this.perMs = span;
		}
		this.learntAt = now;
		this.raisedAt = now;
	}

	/**
	 * A learnt budget is what was accepted when the provider refused, which undercounts its rate
	 * (requests in flight, a burst spent): after a whole span without a refusal it grows by one, so
	 * the pace climbs back to the provider's and the next 429 measures it again (additive increase,
	 * as TCP does; a 429 on a write is safe to send again, the provider refused it before acting).
	 */
	private raise(now: number): void {
		if (this.declared || !this.learntAt || !Number.isFinite(this.limit)) return;
		if (now - this.raisedAt < this.perMs * RAISE_AFTER_SPANS) return;
		this.limit += 1;
		this.raisedAt = now;
	}

	/** The window's span in ms; a declared one scaled for tests, all with 2% for arrival jitter. */
	private span(): number {
		return (this.declared ? this.perMs * scale : this.perMs) * 1.02;
	}

	private nextStart(now: number): number {
		if (!this.declared && this.learntAt && now - this.learntAt > LEARNT_FOR_MS) {
			this.learntAt = 0;
			this.limit = Infinity;
		}
		this.raise(now);
		const span = this.span();
		const keep = now - (this.declared ? span : Math.max(span, LEARN_HORIZON_MS));
		while (this.starts.length && this.starts[0] <= keep) this.starts.shift();
		while (this.refusals.length && this.refusals[0] <= now - LEARN_HORIZON_MS)
			this.refusals.shift();
		let fromWindow = now;
		if (Number.isFinite(this.limit)) {
			let inWindow = 0;
			for (let i = this.starts.length - 1; i >= 0 && this.starts[i] > now - span; i--) inWindow++;
			if (inWindow >= this.limit) fromWindow = this.starts[this.starts.length - this.limit] + span;
		}
		return Math.max(fromWindow, this.blockedUntil);
	}

	private async waitForSlot(
		deadline: number,
		onWait: (ms: number) => void,
	): Promise<number | undefined> {
		const began = Date.now();
		let warned = false;
		for (;;) {
			const now = Date.now();
			const at = this.nextStart(now);
			if (at <= now) {
				this.starts.push(now);
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
		window = new Window(limit.scope, limit.limit, limit.perMs);
		windows.set(key, window);
	}
	return window;
}

export type { Window };

/**
 * For tests and benchmarks that run in this process: forget every budget, and
 * optionally shrink every window (0.01 turns "1 per minute" into "1 per 0.6 s").
 */
export function resetRateLimits(timeScale = 1): void {
	windows.clear();
	scale = timeScale;
}
