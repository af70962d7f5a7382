import type { IDataObject, IHookFunctions, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import type { Provider } from '../provider';
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
	create(ctx: IHookFunctions, events: string[], url: string): Promise<{ id: string; secret?: string }>;
	list(ctx: IHookFunctions): Promise<RemoteSubscription[]>;
	remove(ctx: IHookFunctions, id: string): Promise<void>;
	/** Whether the registered URL carries our token (providers that sign nothing). */
	useToken: boolean;
	/** The provider whose credential the requests (and the token) use. */
	provider: Provider;
}

interface StoredState extends IDataObject {
	subscriptionIds?: string[];
	secrets?: IDataObject;
	token?: string;
	url?: string;
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
			error = e instanceof NodeApiError ? e : new NodeApiError(ctx.getNode(), { message: String(e) });
		}
	}
	return { failed, error };
}

export function subscriptionLifecycle(api: SubscriptionApi) {
	return {
		/** True only when every stored subscription still exists with our URL. Never deletes. */
		async checkExists(this: IHookFunctions): Promise<boolean> {
			const data = this.getWorkflowStaticData('node') as StoredState;
			const ids = data.subscriptionIds ?? [];
			if (ids.length === 0 || !data.url) return false;
			const remote = await api.list(this);
			const ours = new Set(remote.filter((s) => s.url === data.url).map((s) => s.id));
			return ids.every((id) => ours.has(id));
		},

		/** Registers every event group; if one fails, removes what was registered and fails. */
		async create(this: IHookFunctions): Promise<boolean> {
			const data = this.getWorkflowStaticData('node') as StoredState;
			// Leftovers of ours from a partial earlier state are removed first.
			if (data.subscriptionIds?.length) {
				const { failed, error } = await removeAll(this, api, data.subscriptionIds);
				data.subscriptionIds = failed;
				if (error) throw error;
			}

			const token = api.useToken ? await triggerToken(this, api.provider) : undefined;
			const webhookUrl = this.getNodeWebhookUrl('default') as string;
			const url = token ? tokenedUrl(webhookUrl, token) : webhookUrl;
			const created: string[] = [];
			const secrets: IDataObject = {};
			try {
				for (const events of api.groups(this)) {
					const subscription = await api.create(this, events, url);
					created.push(subscription.id);
					if (subscription.secret) secrets[subscription.id] = subscription.secret;
				}
			} catch (error) {
				const cleanup = await removeAll(this, api, created);
				// Whatever could not be rolled back stays stored, so delete() can retry it.
				data.subscriptionIds = cleanup.failed;
				if (cleanup.failed.length) {
					this.logger.error(`Activation failed; ${cleanup.failed.length} subscription(s) could not be rolled back`);
				}
				throw new NodeApiError(this.getNode(), error as JsonObject);
			}
			Object.assign(data, { subscriptionIds: created, secrets, token, url });
			return true;
		},

		/** Removes exactly the stored subscriptions; one already gone is fine. */
		async delete(this: IHookFunctions): Promise<boolean> {
			const data = this.getWorkflowStaticData('node') as StoredState;
			const { failed, error } = await removeAll(this, api, data.subscriptionIds ?? []);
			if (error) {
				data.subscriptionIds = failed;
				this.logger.error(`${failed.length} webhook subscription(s) could not be removed`);
				throw error;
			}
			delete data.subscriptionIds;
			delete data.secrets;
			delete data.token;
			delete data.url;
			return true;
		},
	};
}
