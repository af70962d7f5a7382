import type { IDataObject, IWebhookFunctions } from 'n8n-workflow';

import { currentDeliveryState } from './activation';

/**
 * Remembers event ids already accepted, so a repeated delivery starts no
 * second execution. Ids are kept in memory (per process) and, when a store
 * is given (the trigger's static data), there too, each for `ttlMs`.
 */
export class ReplayGuard {
	private readonly seen = new Map<string, number>();

	constructor(
		private readonly ttlMs: number,
		private readonly maxInMemory = 10_000,
		private readonly maxInStore = 500,
	) {}

	/**
	 * True the first time `id` is seen in `scope` (and records it); false for a
	 * repeat within the time-to-live.
	 */
	firstSeen(scope: string, id: string, store?: IDataObject, now = Date.now()): boolean {
		const key = `${scope}\u0000${id}`;
		this.prune(now);
		const stored = store ? this.storeOf(store, now) : undefined;
		const known =
			(this.seen.get(key) ?? 0) > now || ((stored?.[id] as number | undefined) ?? 0) > now;
		if (known) return false;
		const expires = now + this.ttlMs;
		this.seen.delete(key);
		this.seen.set(key, expires);
		while (this.seen.size > this.maxInMemory)
			this.seen.delete(this.seen.keys().next().value as string);
		if (stored) {
			stored[id] = expires;
			const ids = Object.keys(stored);
			for (const old of ids.slice(0, Math.max(0, ids.length - this.maxInStore))) delete stored[old];
		}
		return true;
	}

	/** Forgets everything held in memory (the stores are left as they are). */
	clear(): void {
		this.seen.clear();
	}

	private prune(now: number): void {
		for (const [key, expires] of this.seen) {
			if (expires > now) break; // insertion order is expiry order: the rest are younger
			this.seen.delete(key);
		}
	}

	private storeOf(store: IDataObject, now: number): IDataObject {
		const current = store.seenEventIds;
		const ids: IDataObject =
			current && typeof current === 'object' && !Array.isArray(current)
				? (current as IDataObject)
				: {};
		for (const [id, expires] of Object.entries(ids))
			if (typeof expires !== 'number' || expires <= now) delete ids[id];
		store.seenEventIds = ids;
		return ids;
	}
}

const DAY_MS = 24 * 60 * 60 * 1000;
const deliveries = new ReplayGuard(DAY_MS);

/**
 * Whether a trigger already accepted a delivery with this id (the provider's
 * event or delivery id, or a key built from the payload's identity) in the
 * last 24 hours. The first time it returns false and records the id.
 *
 * Two stores: this process's memory, and the trigger's static data, which n8n
 * saves after the webhook call (`LiveWebhooks.executeWebhook` →
 * `saveStaticData`, n8n-io/n8n packages/cli/src/webhooks/live-webhooks.ts).
 * In queue mode every webhook process loads the static data from the
 * database per request, so a repeat that arrives after the first delivery was
 * answered is dropped by whichever process receives it. Two copies arriving at
 * two processes at the same instant can both run (static data is not a lock,
 * and the last save wins); a provider's retry comes seconds later, after the
 * first answer, which is the case this covers.
 */
export function isRepeatDelivery(ctx: IWebhookFunctions, id: unknown): boolean {
	if ((typeof id !== 'string' && typeof id !== 'number') || id === '') return false;
	const scope = `${ctx.getWorkflow().id ?? ''}:${ctx.getNode().id}`;
	// A copy that predates activation's save is not written: n8n would save it over activation's (activation.ts).
	const store = currentDeliveryState(ctx).persist ? ctx.getWorkflowStaticData('node') : undefined;
	return !deliveries.firstSeen(scope, String(id), store);
}
