import type { IDataObject, IHookFunctions, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { apiFailureOf } from '../errors';
import { credentialState } from '../transport';
import type { Provider } from '../provider';
import type { TriggerState } from './state';
import { stateOf } from './state';
import { asHook } from './activation';
import { tokenedUrl, triggerToken } from './token';

/** A subscription as the provider lists it. */
export interface RemoteSubscription {
	id: string;
	url: string;
}

/**
 * The provider side of a webhook-registering trigger. The shared lifecycle
 * below does the rest: one subscription per event group, rollback of a
 * half-done activation, 404-tolerant deletion, and a checkExists that only looks.
 */
export interface SubscriptionApi {
	/** Event groups that each get one subscription (one per event, or all events at once). */
	groups(ctx: IHookFunctions): string[][];
	/**
	 * What a delivery needs that does not depend on the delivery (the chosen
	 * events…), computed once per activation and stored with the trigger.
	 */
	settings?(ctx: IHookFunctions, groups: string[][]): IDataObject;
	/** Query values of one group's URL besides the token (2Chat: the event). */
	urlValues?(events: string[]): Record<string, string>;
	create(
		ctx: IHookFunctions,
		events: string[],
		url: string,
	): Promise<{ id: string; secret?: string }>;
	list(ctx: IHookFunctions): Promise<RemoteSubscription[]>;
	remove(ctx: IHookFunctions, id: string): Promise<void>;
	/** Whether the registered URL carries our token (providers that sign nothing). */
	useToken: boolean;
	/** The provider whose credential the requests (and the token) use. */
	provider: Provider;
}

function isNotFound(error: unknown): boolean {
	return apiFailureOf(error)?.status === 404;
}

/** Deletes each id; returns those that failed (a 404 counts as deleted) and the last error. */
async function removeAll(
	ctx: IHookFunctions,
	api: SubscriptionApi,
	ids: string[],
): Promise<{ failed: string[]; error?: NodeApiError }> {
	const failed: string[] = [];
	let error: NodeApiError | undefined;
	for (const id of ids) {
		try {
			await api.remove(ctx, id);
		} catch (e) {
			if (isNotFound(e)) {
				ctx.logger.debug(`Webhook subscription ${id} was already gone`);
				continue;
			}
			ctx.logger.warn(`Could not delete webhook subscription ${id}: ${(e as Error).message}`);
			failed.push(id);
			error =
				e instanceof NodeApiError ? e : new NodeApiError(ctx.getNode(), { message: String(e) });
		}
	}
	return { failed, error };
}

/** The URL registered for one event group: n8n's webhook URL with the token (and the group's values). */
function urlFor(
	ctx: IHookFunctions,
	api: SubscriptionApi,
	token: string | undefined,
	events: string[],
): string {
	const webhookUrl = ctx.getNodeWebhookUrl('default') as string;
	if (!api.useToken || !token) return webhookUrl;
	return tokenedUrl(webhookUrl, token, api.urlValues?.(events));
}

const groupsKey = (groups: string[][]) => JSON.stringify(groups);

/** Loopback, private, link-local and unique-local addresses, and names that mean this machine. */
function isPrivateHost(host: string): boolean {
	const h = host.replace(/^\[|\]$/g, '').toLowerCase();
	if (h === 'localhost' || h.endsWith('.localhost') || h.endsWith('.local') || h === '::1')
		return true;
	if (/^(fc|fd)[0-9a-f]{2}:/.test(h) || h.startsWith('fe80:')) return true;
	const ip = /^(\d+)\.(\d+)\.\d+\.\d+$/.exec(h);
	if (!ip) return false;
	const [a, b] = [Number(ip[1]), Number(ip[2])];
	return (
		a === 10 ||
		a === 127 ||
		a === 0 ||
		(a === 172 && b >= 16 && b <= 31) ||
		(a === 192 && b === 168) ||
		(a === 169 && b === 254)
	);
}

/**
 * A provider on the internet cannot call an n8n whose webhook URL is on this
 * machine or a private network: registering it would "succeed" and no
 * delivery would ever arrive. Refused with what to set instead. A provider
 * that is itself on a private address (a self-hosted RapidPro, the test
 * fakes) can reach one, so that case is allowed.
 */
async function refuseUnreachable(
	ctx: IHookFunctions,
	provider: Provider,
	url: string,
): Promise<void> {
	const target = new URL(url);
	if (!isPrivateHost(target.hostname)) return;
	const { baseUrl } = await credentialState(ctx, provider);
	if (isPrivateHost(new URL(baseUrl).hostname)) return;
	throw new NodeOperationError(
		ctx.getNode(),
		`${provider.displayName} cannot reach n8n at ${target.host}: the webhook URL n8n gives is on this machine or a private network`,
		{
			description:
				"Set n8n's public URL (N8N_WEBHOOK_URL on n8n 2.x, WEBHOOK_URL on 1.x) to an address the provider can reach, for example through a tunnel or a reverse proxy, then activate again.",
		},
	);
}

/**
 * True only when every stored subscription still exists with the URL this
 * activation would register: same events, same n8n URL, and a token still
 * derived from the current credential. After a credential change the old
 * URL keeps working for deliveries (its token is stored) until this says
 * false at the next activation and create() registers the new one. Never deletes.
 */
async function subscriptionsExist(ctx: IHookFunctions, api: SubscriptionApi): Promise<boolean> {
	const data = stateOf(ctx);
	const ids = data.subscriptionIds ?? [];
	if (ids.length === 0 || !data.urls) return false;
	const groups = api.groups(ctx);
	if (data.groups !== groupsKey(groups) || ids.length !== groups.length) return false;
	const token = api.useToken ? await triggerToken(ctx, api.provider) : undefined;
	if (token !== data.token) return false;
	const stored = ids.map((id) => String((data.urls as IDataObject)[id] ?? ''));
	const expected = groups.map((events) => urlFor(ctx, api, token, events));
	if (stored.some((url, n) => url !== expected[n])) return false;
	const remote = await api.list(ctx);
	const exists = ids.every((id, n) => remote.some((s) => s.id === id && s.url === stored[n]));
	// Parameters a delivery reads may have changed without changing the subscriptions.
	if (exists && api.settings) data.settings = api.settings(ctx, groups);
	return exists;
}

/** Registers every event group; if one fails, removes what was registered and fails. */
async function subscribe(ctx: IHookFunctions, api: SubscriptionApi): Promise<boolean> {
	const data = stateOf(ctx);
	// Leftovers of ours from a partial or outdated earlier state are removed first.
	if (data.subscriptionIds?.length) {
		const { failed, error } = await removeAll(ctx, api, data.subscriptionIds);
		data.subscriptionIds = failed;
		if (error) throw error;
	}

	const groups = api.groups(ctx);
	const token = api.useToken ? await triggerToken(ctx, api.provider) : undefined;
	await refuseUnreachable(ctx, api.provider, urlFor(ctx, api, token, groups[0] ?? []));
	const created: string[] = [];
	const urls: IDataObject = {};
	const secrets: IDataObject = {};
	try {
		for (const events of groups) {
			const url = urlFor(ctx, api, token, events);
			const subscription = await api.create(ctx, events, url);
			created.push(subscription.id);
			urls[subscription.id] = url;
			if (subscription.secret) secrets[subscription.id] = subscription.secret;
		}
	} catch (error) {
		const cleanup = await removeAll(ctx, api, created);
		// Whatever could not be rolled back stays stored, so delete() can retry it.
		data.subscriptionIds = cleanup.failed;
		if (cleanup.failed.length) {
			ctx.logger.error(
				`Activation failed; ${cleanup.failed.length} subscription(s) could not be rolled back`,
			);
		}
		throw error instanceof NodeApiError || error instanceof NodeOperationError
			? error
			: new NodeApiError(ctx.getNode(), error as JsonObject);
	}
	const state: TriggerState = {
		subscriptionIds: created,
		urls,
		url: String(urls[created[0]] ?? ''),
		secrets,
		token,
		groups: groupsKey(groups),
		settings: api.settings?.(ctx, groups),
	};
	for (const [key, value] of Object.entries(state)) {
		if (value === undefined) delete data[key];
		else data[key] = value;
	}
	return true;
}

/** Removes exactly the stored subscriptions; one already gone is fine. */
async function unsubscribe(ctx: IHookFunctions, api: SubscriptionApi): Promise<boolean> {
	const data = stateOf(ctx);
	const { failed, error } = await removeAll(ctx, api, data.subscriptionIds ?? []);
	if (error) {
		data.subscriptionIds = failed;
		ctx.logger.error(`${failed.length} webhook subscription(s) could not be removed`);
		throw error;
	}
	for (const key of ['subscriptionIds', 'secrets', 'token', 'url', 'urls', 'groups', 'settings'])
		delete data[key];
	return true;
}

/** The trigger's webhook methods over a provider's subscription API. */
export function subscriptionLifecycle(api: SubscriptionApi) {
	// Deliveries that arrive while a hook runs wait for it (see activation.ts).
	return {
		async checkExists(this: IHookFunctions): Promise<boolean> {
			return await asHook(this, async () => await subscriptionsExist(this, api));
		},
		async create(this: IHookFunctions): Promise<boolean> {
			return await asHook(this, async () => await subscribe(this, api));
		},
		async delete(this: IHookFunctions): Promise<boolean> {
			return await asHook(this, async () => await unsubscribe(this, api));
		},
	};
}
