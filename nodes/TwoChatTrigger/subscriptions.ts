import type { IDataObject, IHookFunctions } from 'n8n-workflow';

import { checkText } from '../shared/validation';
import { itemsAt } from '../shared/pagination';
import { apiRequest } from '../shared/transport';
import type { SubscriptionApi } from '../shared/webhook/subscriptions';
import { pathSegment } from '../shared/path';
import { twoChat } from '../TwoChat/provider';
import { GROUP_EVENTS } from './events';

/** 2Chat: one subscription per event, `POST /webhooks/subscribe/{event}`, `DELETE /webhooks/{uuid}`. */
export const twoChatSubscriptions: SubscriptionApi = {
	useToken: true,
	provider: twoChat,
	groups: (ctx) => (ctx.getNodeParameter('events', []) as string[]).map((event) => [event]),

	async create(ctx: IHookFunctions, [event], url) {
		const node = ctx.getNode();
		const body: IDataObject = {
			hook_url: url,
			on_number: checkText(node, 'Number', 0, ctx.getNodeParameter('onNumber', ''), { required: true, phone: true }),
		};
		const group = String(ctx.getNodeParameter('groupUuid', '') ?? '').trim();
		if (group && GROUP_EVENTS.includes(event)) body.to_group_uuid = group;
		const response = await apiRequest<IDataObject>(ctx, twoChat, {
			method: 'POST',
			path: `/webhooks/subscribe/${pathSegment(node, event, 'Events')}`,
			body,
		});
		const data = (response.data ?? response) as IDataObject;
		return { id: String(data.uuid) };
	},

	async list(ctx) {
		const body = await apiRequest(ctx, twoChat, { method: 'GET', path: '/webhooks' });
		return itemsAt('webhooks', 'data')(body).map((w) => ({ id: String(w.uuid), url: String(w.hook_url) }));
	},

	async remove(ctx, id) {
		await apiRequest(ctx, twoChat, {
			method: 'DELETE',
			path: `/webhooks/${pathSegment(ctx.getNode(), id, 'Subscription')}`,
			idempotent: true,
		});
	},
};
