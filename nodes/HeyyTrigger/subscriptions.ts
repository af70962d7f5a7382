import type { IDataObject, IHookFunctions } from 'n8n-workflow';

import { pathSegment } from '../shared/path';
import type { RequestContext } from '../shared/transport';
import { apiRequest } from '../shared/transport';
import { TriggerParams } from '../shared/webhook/params';
import type { SubscriptionApi } from '../shared/webhook/subscriptions';
import { dataItems, heyy, unwrap } from '../Heyy/provider';
import { tenantId } from '../Heyy/tenant';
import { properties } from './description';

const params = (ctx: IHookFunctions) => new TriggerParams(ctx, properties);

/** `POST /api_webhooks {tenantId, type, url, channelId?}` (docs.heyy.io/api-reference/create-api-webhook). */
export async function createApiWebhook(
	ctx: RequestContext,
	type: string,
	url: string,
	channelId: string | undefined,
): Promise<string> {
	const body: IDataObject = { tenantId: await tenantId(ctx, undefined), type, url };
	if (channelId) body.channelId = channelId;
	const created = unwrap(
		await apiRequest(ctx, heyy, { method: 'POST', path: '/api_webhooks', body }),
	);
	return String(created.id);
}

/** The account's active API webhooks: a webhook switched off on Heyy's side delivers nothing. */
export async function listApiWebhooks(ctx: RequestContext) {
	const body = await apiRequest(ctx, heyy, { method: 'GET', path: '/api_webhooks' });
	return dataItems(
		'apiWebhooks',
		'webhooks',
	)(body)
		.filter((w) => w.isActive !== false)
		.map((w) => ({ id: String(w.id), url: String(w.url) }));
}

export async function removeApiWebhook(ctx: RequestContext, id: string): Promise<void> {
	await apiRequest(ctx, heyy, {
		method: 'DELETE',
		path: `/api_webhooks/${pathSegment(ctx.getNode(), id, 'Webhook')}`,
		idempotent: true,
	});
}

/** Heyy: one API webhook per event type, `POST /api_webhooks`, `DELETE /api_webhooks/{id}`. */
export const heyySubscriptions: SubscriptionApi = {
	useToken: true,
	provider: heyy,
	groups: (ctx) =>
		params(ctx)
			.events()
			.map((type) => [type]),

	async create(ctx: IHookFunctions, [type], url) {
		const id = await createApiWebhook(
			ctx,
			type,
			url,
			params(ctx).readText('channelId') || undefined,
		);
		return { id };
	},

	list: listApiWebhooks,
	remove: removeApiWebhook,
};
