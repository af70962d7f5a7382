import { sleep } from 'n8n-workflow';

/** A provider's documented limit: at most `limit` requests in any `perMs` window, within one scope. */
export interface RateLimit {
	/** Name of the budget, e.g. "templateSends"; requests of one credential in one scope share it. */
	scope: string;
	limit: number;
	perMs: number;
}

/**
 * A sliding-window budget, first come first served: each start is logged and
 * a new one waits until fewer than `limit` fall inside the last `perMs`. A 429
 * or an exhausted budget reported by the provider blocks the window until the
 * time it gave.
 */
class Window {
	private starts: number[] = [];
	private blockedUntil = 0;
	private turn: Promise<unknown> = Promise.resolve();

	constructor(
		readonly scope: string,
		private limit: number,
		private perMs: number,
	) {}

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

	private nextStart(now: number): number {
		// A provider counts arrivals: 2% of the window (at most 1 s) absorbs network jitter.
		const span = this.perMs * scale * 1.02;
		const horizon = now - span;
		while (this.starts.length && this.starts[0] <= horizon) this.starts.shift();
		const fromWindow =
			this.starts.length < this.limit ? now : this.starts[this.starts.length - this.limit] + span;
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
				if (Number.isFinite(this.limit)) this.starts.push(now);
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
