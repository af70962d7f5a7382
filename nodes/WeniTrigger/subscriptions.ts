import type { IDataObject, IHookFunctions } from 'n8n-workflow';

import { apiRequest } from '../shared/transport';
import { apiRequestAllItems } from '../shared/pagination';
import { checkText } from '../shared/validation';
import type { SubscriptionApi } from '../shared/webhook/subscriptions';
import { cursor, endpoint, weni } from '../Weni/provider';

function slugOf(ctx: IHookFunctions): string {
	return checkText(ctx.getNode(), 'Resthook Name or ID', 0, ctx.getNodeParameter('resthook', ''), { required: true });
}

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
