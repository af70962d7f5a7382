import type { IDataObject, IHookFunctions } from 'n8n-workflow';

import { itemsAt } from '../shared/pagination';
import { pathSegment } from '../shared/path';
import { apiRequest } from '../shared/transport';
import { TriggerParams } from '../shared/webhook/params';
import type { SubscriptionApi } from '../shared/webhook/subscriptions';
import { twoChat } from '../TwoChat/provider';
import { properties } from './description';
import { CONVERSATION_NEW, GROUP_EVENTS } from './events';

const params = (ctx: IHookFunctions) => new TriggerParams(ctx, properties);

/** What a delivery reads: the events this activation subscribed to. */
export interface TwoChatSettings extends IDataObject {
	events: string[];
}

/**
 * 2Chat: one subscription per event, `POST /webhooks/subscribe/{event}`,
 * `DELETE /webhooks/{uuid}` (developers.2chat.co/docs/API/WhatsApp/webhooks/subscribe).
 * WhatsApp (non-WABA) payloads carry no event name
 * (…/webhooks/payload-examples), so each event's URL names the event
 * (`…/webhook?token=…&event=<event>`) and the delivery is labelled from it.
 */
export const twoChatSubscriptions: SubscriptionApi = {
	useToken: true,
	provider: twoChat,
	groups: (ctx) =>
		params(ctx)
			.events()
			.map((event) => [event]),
	settings: (_ctx, groups): TwoChatSettings => ({ events: groups.map(([event]) => event) }),
	urlValues: ([event]) => ({ event }),

	async create(ctx: IHookFunctions, [event], url) {
		const p = params(ctx);
		const body: IDataObject = {
			hook_url: url,
			on_number: p.string('onNumber', { required: true, phone: true }),
		};
		const group = p.string('groupUuid');
		if (group && GROUP_EVENTS.includes(event)) body.to_group_uuid = group;
		if (event === CONVERSATION_NEW) body.time_period = p.choice('timePeriod', 'all-time');
		const response = await apiRequest<IDataObject>(ctx, twoChat, {
			method: 'POST',
			path: `/webhooks/subscribe/${pathSegment(ctx.getNode(), event, 'Events')}`,
			body,
		});
		const data = (response.data ?? response) as IDataObject;
		return { id: String(data.uuid) };
	},

	async list(ctx) {
		const body = await apiRequest(ctx, twoChat, { method: 'GET', path: '/webhooks' });
		return itemsAt(
			'webhooks',
			'data',
		)(body).map((w) => ({ id: String(w.uuid), url: String(w.hook_url) }));
	},

	async remove(ctx, id) {
		await apiRequest(ctx, twoChat, {
			method: 'DELETE',
			path: `/webhooks/${pathSegment(ctx.getNode(), id, 'Subscription')}`,
			idempotent: true,
		});
	},
};
