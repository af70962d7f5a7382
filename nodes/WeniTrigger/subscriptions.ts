import type { IDataObject, IHookFunctions } from 'n8n-workflow';

import { apiRequest } from '../shared/transport';
import { apiRequestAllItems } from '../shared/pagination';
import { TriggerParams } from '../shared/webhook/params';
import type { SubscriptionApi } from '../shared/webhook/subscriptions';
import { cursor, endpoint, weni } from '../Weni/provider';
import { properties } from './description';

const slugOf = (ctx: IHookFunctions) =>
	new TriggerParams(ctx, properties).string('resthook', { required: true });

/**
 * Weni resthooks: one subscriber for the chosen slug,
 * `POST resthook_subscribers.json {resthook, target_url}` and `DELETE ?id=`.
 */
export const weniSubscriptions: SubscriptionApi = {
	useToken: true,
	provider: weni,
	groups: (ctx) => [[slugOf(ctx)]],

	async create(ctx, [resthook], url) {
		const subscriber = await apiRequest<IDataObject>(ctx, weni, {
			method: 'POST',
			path: endpoint('resthook_subscribers'),
			body: { resthook, target_url: url },
		});
		return { id: String(subscriber.id) };
	},

	/** The subscribers of our slug; the lifecycle matches them on URL and stored id. */
	async list(ctx) {
		const subscribers = await apiRequestAllItems(
			ctx,
			weni,
			{ method: 'GET', path: endpoint('resthook_subscribers'), qs: { resthook: slugOf(ctx) } },
			cursor,
		);
		return subscribers.map((s) => ({ id: String(s.id), url: String(s.target_url) }));
	},

	async remove(ctx, id) {
		await apiRequest(ctx, weni, {
			method: 'DELETE',
			path: endpoint('resthook_subscribers'),
			qs: { id },
			idempotent: true,
		});
	},
};
