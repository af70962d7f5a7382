import type { IDataObject, IHookFunctions } from 'n8n-workflow';

import type { RequestContext } from '../shared/transport';
import { apiRequest } from '../shared/transport';
import { apiRequestAllItems } from '../shared/pagination';
import { TriggerParams } from '../shared/webhook/params';
import type { SubscriptionApi } from '../shared/webhook/subscriptions';
import { cursor, endpoint, weni } from '../Weni/provider';
import { properties } from './description';

const slugOf = (ctx: IHookFunctions) =>
	new TriggerParams(ctx, properties).readText('resthook', { required: true });

export async function subscribeResthook(
	ctx: RequestContext,
	resthook: string,
	url: string,
): Promise<string> {
	const subscriber = await apiRequest<IDataObject>(ctx, weni, {
		method: 'POST',
		path: endpoint('resthook_subscribers'),
		body: { resthook, target_url: url },
	});
	return String(subscriber.id);
}

/** The subscribers of one slug, or of every slug. */
export async function resthookSubscribers(ctx: RequestContext, resthook?: string) {
	const subscribers = await apiRequestAllItems(
		ctx,
		weni,
		{
			method: 'GET',
			path: endpoint('resthook_subscribers'),
			qs: resthook ? { resthook } : {},
		},
		cursor,
	);
	return subscribers.map((s) => ({ id: String(s.id), url: String(s.target_url) }));
}

export async function removeResthookSubscriber(ctx: RequestContext, id: string): Promise<void> {
	await apiRequest(ctx, weni, {
		method: 'DELETE',
		path: endpoint('resthook_subscribers'),
		qs: { id },
		idempotent: true,
	});
}

/**
 * Weni resthooks: one subscriber for the chosen slug,
 * `POST resthook_subscribers.json {resthook, target_url}` and `DELETE ?id=`.
 */
export const weniSubscriptions: SubscriptionApi = {
	useToken: true,
	provider: weni,
	groups: (ctx) => [[slugOf(ctx)]],

	create: async (ctx, [resthook], url) => ({ id: await subscribeResthook(ctx, resthook, url) }),
	/** The subscribers of our slug; the lifecycle matches them on URL and stored id. */
	list: async (ctx) => await resthookSubscribers(ctx, slugOf(ctx)),
	remove: removeResthookSubscriber,
};
