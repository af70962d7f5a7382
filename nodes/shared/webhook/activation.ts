import type { IDataObject, IHookFunctions, IWebhookFunctions } from 'n8n-workflow';

import type { TriggerState } from './state';
import { stateOf } from './state';

/**
 * Why deliveries need to know about activation: n8n saves a workflow's
 * static data whole, from the copy the saver holds
 * (WorkflowStaticDataService.saveStaticDataById, n8n-io/n8n
 * packages/cli/src/workflows/workflow-static-data.service.ts). Activation
 * stores the webhook first and runs checkExists/create after, so deliveries
 * are served while create() waits for the provider, and it saves the static
 * data only after its hooks (ActiveWorkflowManager.addWebhooks). Every
 * delivery loads its own copy when it arrives and saves it after `webhook()`
 * when it changed it (LiveWebhooks.executeWebhook). A delivery that loaded its
 * copy before activation's save and saves after it puts back the state from
 * before: the token, signing secrets and subscription ids are gone (401 after
 * a key change, a subscription left at the provider after deactivation).
 *
 * So this process remembers what its last lifecycle hook stored for each
 * trigger node, stamped, and a delivery:
 * - arriving while a hook runs here waits for it, then reads what
 *   the hook stored (and still accepts what was valid when it arrived) and
 *   writes nothing (its copy predates that save);
 * - whose copy does not carry the stamp of the last hook here reads what that
 *   hook stored and writes nothing;
 * - otherwise reads its copy, and may write to it once it holds a finished
 *   registration (another process's activation in progress leaves none).
 * In queue mode a webhook process runs no hooks: there only the last rule
 * applies, so a copy loaded before the main process saved a re-activation
 * can still be saved back. Deliveries write only for a new event id, which
 * keeps that window small; see replay.ts.
 */

/** The fields a lifecycle hook owns; a delivery only reads them. */
const HOOK_FIELDS = [
	'stamp',
	'subscriptionIds',
	'urls',
	'url',
	'token',
	'secrets',
	'groups',
	'settings',
] as const;

interface Known {
	/** Hooks running now. */
	running: number;
	/** Settles when the running hooks have finished. */
	done?: Promise<void>;
	finish?: () => void;
	/** What the last finished hook left stored (its own copy, detached). */
	state?: TriggerState;
}

const known = new Map<string, Known>();

/** Test URLs (listening in the editor) and the production URL keep apart. */
function scopeOf(ctx: IHookFunctions | IWebhookFunctions): string {
	const mode = ctx.getMode() === 'manual' ? 'test' : 'live';
	return `${ctx.getWorkflow().id ?? ''}:${ctx.getNode().id}:${mode}`;
}

/** A new stamp for what a hook stores. */
function newStamp(): string {
	return `${Date.now().toString(36)}.${Math.random().toString(36).slice(2, 10)}`;
}

function hookFieldsOf(state: TriggerState): TriggerState {
	const copy: TriggerState = {};
	for (const key of HOOK_FIELDS) if (state[key] !== undefined) copy[key] = state[key] as never;
	return JSON.parse(JSON.stringify(copy)) as TriggerState;
}

/**
 * Runs a lifecycle hook (checkExists, create, delete) so that deliveries
 * arriving meanwhile wait for it and then read what it stored, and stamps
 * what it stored.
 */
export async function asHook<T>(ctx: IHookFunctions, run: () => Promise<T>): Promise<T> {
	const scope = scopeOf(ctx);
	let entry = known.get(scope);
	if (!entry) known.set(scope, (entry = { running: 0 }));
	if (entry.running++ === 0) {
		const current = entry;
		current.done = new Promise<void>((resolve) => (current.finish = resolve));
	}
	try {
		return await run();
	} finally {
		const data = stateOf(ctx);
		data.stamp = newStamp();
		entry.state = hookFieldsOf(data);
		if (--entry.running === 0) {
			entry.finish?.();
			entry.done = entry.finish = undefined;
		}
	}
}

export interface DeliveryState {
	/** The trigger's state as this delivery must read it. */
	state: TriggerState;
	/**
	 * For a delivery that arrived while a hook ran: the state when it arrived.
	 * Its token and secrets were valid then (the provider sent it before a
	 * re-registration replaced them), so they are accepted too.
	 */
	arrived?: TriggerState;
	/** Whether this delivery may change its copy of the static data (n8n then saves it). */
	persist: boolean;
}

const views = new WeakMap<object, DeliveryState>();

const registered = (state: TriggerState) =>
	Array.isArray(state.subscriptionIds) && state.subscriptionIds.length > 0;

function view(ctx: IWebhookFunctions, entry: Known | undefined, waited: boolean): DeliveryState {
	const loaded = stateOf(ctx);
	if (!entry?.state) {
		// No hook finished in this process: the copy is all there is.
		return { state: loaded, persist: !waited && registered(loaded) };
	}
	if (waited) return { state: entry.state, arrived: loaded, persist: false };
	if (entry.running > 0 || entry.state.stamp !== loaded.stamp)
		return { state: entry.state, persist: false };
	return { state: loaded, persist: registered(loaded) };
}

/**
 * The state a delivery reads and whether it may write, waiting first for a
 * hook running in this process. Worked out once per delivery.
 */
export async function deliveryState(ctx: IWebhookFunctions): Promise<DeliveryState> {
	const cached = views.get(ctx);
	if (cached) return cached;
	const entry = known.get(scopeOf(ctx));
	// A hook ends within its requests' timeouts; the provider may give up on this delivery sooner.
	const waited = entry?.done !== undefined;
	if (entry?.done) await entry.done;
	const result = view(ctx, entry, waited);
	views.set(ctx, result);
	return result;
}

/** deliveryState without waiting: what an earlier call worked out, or the same rules now. */
export function currentDeliveryState(ctx: IWebhookFunctions): DeliveryState {
	const cached = views.get(ctx);
	if (cached) return cached;
	const result = view(ctx, known.get(scopeOf(ctx)), false);
	views.set(ctx, result);
	return result;
}

/**
 * The activation's stored settings, or, before activation stored them (and
 * for test URLs), the same values computed from the node now. Never written
 * from a delivery.
 */
export function settingsOf<T extends IDataObject>(ctx: IWebhookFunctions, compute: () => T): T {
	const stored = currentDeliveryState(ctx).state.settings;
	return stored && typeof stored === 'object' ? (stored as T) : compute();
}
