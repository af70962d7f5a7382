import type { IDataObject, IHookFunctions, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import type { Provider } from '../provider';
import type { TriggerState } from './state';
import { stateOf } from './state';
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
	return error instanceof NodeApiError && error.httpCode === '404';
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

export function subscriptionLifecycle(api: SubscriptionApi) {
	return {
		/**
		 * True only when every stored subscription still exists with the URL this
		 * activation would register: same events, same n8n URL, and a token still
		 * derived from the current credential. After a credential change the old
		 * URL keeps working for deliveries (its token is stored) until this says
		 * false at the next activation and create() registers the new one. Never deletes.
		 */
		async checkExists(this: IHookFunctions): Promise<boolean> {
			const data = stateOf(this);
			const ids = data.subscriptionIds ?? [];
			if (ids.length === 0 || !data.urls) return false;
			const groups = api.groups(this);
			if (data.groups !== groupsKey(groups) || ids.length !== groups.length) return false;
			const token = api.useToken ? await triggerToken(this, api.provider) : undefined;
			if (token !== data.token) return false;
			const stored = ids.map((id) => String((data.urls as IDataObject)[id] ?? ''));
			const expected = groups.map((events) => urlFor(this, api, token, events));
			if (stored.some((url, n) => url !== expected[n])) return false;
			const remote = await api.list(this);
			const exists = ids.every((id, n) => remote.some((s) => s.id === id && s.url === stored[n]));
			// Parameters a delivery reads may have changed without changing the subscriptions.
			if (exists && api.settings) data.settings = api.settings(this, groups);
			return exists;
		},

		/** Registers every event group; if one fails, removes what was registered and fails. */
		async create(this: IHookFunctions): Promise<boolean> {
			const data = stateOf(this);
			// Leftovers of ours from a partial or outdated earlier state are removed first.
			if (data.subscriptionIds?.length) {
				const { failed, error } = await removeAll(this, api, data.subscriptionIds);
				data.subscriptionIds = failed;
				if (error) throw error;
			}

			const groups = api.groups(this);
			const token = api.useToken ? await triggerToken(this, api.provider) : undefined;
			const created: string[] = [];
			const urls: IDataObject = {};
			const secrets: IDataObject = {};
			try {
				for (const events of groups) {
					const url = urlFor(this, api, token, events);
					const subscription = await api.create(this, events, url);
					created.push(subscription.id);
					urls[subscription.id] = url;
					if (subscription.secret) secrets[subscription.id] = subscription.secret;
				}
			} catch (error) {
				const cleanup = await removeAll(this, api, created);
				// Whatever could not be rolled back stays stored, so delete() can retry it.
				data.subscriptionIds = cleanup.failed;
				if (cleanup.failed.length) {
					this.logger.error(
						`Activation failed; ${cleanup.failed.length} subscription(s) could not be rolled back`,
					);
				}
				throw error instanceof NodeApiError || error instanceof NodeOperationError
					? error
					: new NodeApiError(this.getNode(), error as JsonObject);
			}
			const state: TriggerState = {
				subscriptionIds: created,
				urls,
				url: String(urls[created[0]] ?? ''),
				secrets,
				token,
				groups: groupsKey(groups),
				settings: api.settings?.(this, groups),
			};
			for (const [key, value] of Object.entries(state)) {
				if (value === undefined) delete data[key];
				else data[key] = value;
			}
			return true;
		},

		/** Removes exactly the stored subscriptions; one already gone is fine. */
		async delete(this: IHookFunctions): Promise<boolean> {
			const data = stateOf(this);
			const { failed, error } = await removeAll(this, api, data.subscriptionIds ?? []);
			if (error) {
				data.subscriptionIds = failed;
				this.logger.error(`${failed.length} webhook subscription(s) could not be removed`);
				throw error;
			}
			for (const key of [
				'subscriptionIds',
				'secrets',
				'token',
				'url',
				'urls',
				'groups',
				'settings',
			])
				delete data[key];
			return true;
		},
	};
}
