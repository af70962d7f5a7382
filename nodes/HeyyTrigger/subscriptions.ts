import type { IDataObject, IHookFunctions } from 'n8n-workflow';

import { pathSegment } from '../shared/path';
import { apiRequest } from '../shared/transport';
import { TriggerParams } from '../shared/webhook/params';
import type { SubscriptionApi } from '../shared/webhook/subscriptions';
import { dataItems, heyy, unwrap } from '../Heyy/provider';
import { tenantId } from '../Heyy/tenant';
import { properties } from './description';

const params = (ctx: IHookFunctions) => new TriggerParams(ctx, properties);

/** Heyy: one API webhook per event type, `POST /api_webhooks`, `DELETE /api_webhooks/{id}`. */
export const heyySubscriptions: SubscriptionApi = {
	useToken: true,
	provider: heyy,
	groups: (ctx) =>
		params(ctx)
			.events()
			.map((type) => [type]),

	async create(ctx: IHookFunctions, [type], url) {
		const body: IDataObject = { tenantId: await tenantId(ctx, undefined), type, url };
		const channel = params(ctx).string('channelId');
		if (channel) body.channelId = channel;
		const created = unwrap(
			await apiRequest(ctx, heyy, { method: 'POST', path: '/api_webhooks', body }),
		);
		return { id: String(created.id) };
	},

	async list(ctx) {
		const body = await apiRequest(ctx, heyy, { method: 'GET', path: '/api_webhooks' });
		// A webhook switched off on Heyy's side delivers nothing: it does not count as ours.
		return dataItems(
			'apiWebhooks',
			'webhooks',
		)(body)
			.filter((w) => w.isActive !== false)
			.map((w) => ({ id: String(w.id), url: String(w.url) }));
	},

	async remove(ctx, id) {
		await apiRequest(ctx, heyy, {
			method: 'DELETE',
			path: `/api_webhooks/${pathSegment(ctx.getNode(), id, 'Webhook')}`,
			idempotent: true,
		});
	},
};
