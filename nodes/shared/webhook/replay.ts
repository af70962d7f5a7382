import { createHash } from 'crypto';
import type { IDataObject, IWebhookFunctions } from 'n8n-workflow';

import { currentDeliveryState } from './activation';

/**
 * The persisted form: one string of fixed-width entries, oldest first, each
 * the first 10 characters of the id's SHA-256 (base64url, 60 bits: a false
 * repeat among 500 ids is about 1 in 10^13) and its expiry in minutes since
 * 1970 (base 36, 5 characters). 500 entries are 7.5 KB; kept as an object of
 * ids they were up to 48 KB, saved whole with the workflow's static data on
 * every accepted delivery.
 */
const HASH = 10;
const EXPIRY = 5;
const ENTRY = HASH + EXPIRY;
const MINUTE_MS = 60_000;

const hashOf = (id: string) => createHash('sha256').update(id).digest('base64url').slice(0, HASH);

/** Field of the older form (an object of id → expiry), still read and dropped at the next write. */
const OLD_FIELD = 'seenEventIds';

/**
 * Remembers event ids already accepted, so a repeated delivery starts no
 * second execution. Ids are kept in memory (per process) and, when a store
 * is given (the trigger's static data), there too (`seen`), each for `ttlMs`.
 * A repeat changes nothing, so n8n saves nothing for it.
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
		if ((this.seen.get(key) ?? 0) > now) return false;
		const hash = store ? hashOf(id) : '';
		const stored = store ? readStore(store, now) : undefined;
		if (stored && (stored.has(hash) || oldStoreHas(store!, id, now))) return false;
		const expires = now + this.ttlMs;
		this.seen.delete(key);
		this.seen.set(key, expires);
		while (this.seen.size > this.maxInMemory)
			this.seen.delete(this.seen.keys().next().value as string);
		if (store && stored) {
			const entry =
				hash +
				Math.ceil(expires / MINUTE_MS)
					.toString(36)
					.padStart(EXPIRY, '0');
			const keep = (this.maxInStore - 1) * ENTRY;
			store.seen = (keep > 0 ? stored.live.slice(-keep) : '') + entry;
			if (OLD_FIELD in store) delete store[OLD_FIELD];
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
}

/** The live entries of a store (expired ones cut from the front) and a lookup by hash. */
function readStore(store: IDataObject, now: number): { live: string; has(hash: string): boolean } {
	const text = typeof store.seen === 'string' ? store.seen : '';
	const minute = Math.floor(now / MINUTE_MS);
	let from = 0;
	// Entries are in expiry order: the expired ones are all at the front.
	while (
		from + ENTRY <= text.length &&
		parseInt(text.slice(from + HASH, from + ENTRY), 36) <= minute
	)
		from += ENTRY;
	const live = text.slice(from, text.length - ((text.length - from) % ENTRY));
	return {
		live,
		has(hash) {
			for (let at = 0; at < live.length; at += ENTRY) if (live.startsWith(hash, at)) return true;
			return false;
		},
	};
}

function oldStoreHas(store: IDataObject, id: string, now: number): boolean {
	const old = store[OLD_FIELD];
	if (!old || typeof old !== 'object' || Array.isArray(old)) return false;
	const expires = (old as IDataObject)[id];
	return typeof expires === 'number' && expires > now;
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
