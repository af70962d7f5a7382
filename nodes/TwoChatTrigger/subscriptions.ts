import type { IDataObject, IHookFunctions } from 'n8n-workflow';

import { apiFailureOf, passOn } from '../shared/errors';
import { itemsAt } from '../shared/pagination';
import { pathSegment } from '../shared/path';
import type { RequestContext } from '../shared/transport';
import { apiRequest } from '../shared/transport';
import { TriggerParams } from '../shared/webhook/params';
import type { SubscriptionApi } from '../shared/webhook/subscriptions';
import { twoChat } from '../TwoChat/provider';
import { properties } from './description';
import { CONVERSATION_NEW, GROUP_EVENTS, isPhoneCallEvent, namesOf } from './events';

const params = (ctx: IHookFunctions) => new TriggerParams(ctx, properties);

/** What a delivery reads: the events this activation subscribed to. */
export interface TwoChatSettings extends IDataObject {
	events: string[];
}

/**
 * A virtual number's UUID: "Must start with DID (e.g. DID64a54de2-8ebe-4c01-838f-a2235815dab4)"
 * (developers.2chat.co/docs/API/Virtual-Phone-Numbers/delete-virtual-number; the subscribe page's
 * example `channel_uuid` is DID1a42d563-…). Catches a phone number typed where the UUID belongs.
 */
const VIRTUAL_NUMBER = {
	regex: /^DID[0-9a-z-]+$/i,
	hint: 'must be the UUID of a 2Chat virtual number, which starts with DID; pick it from the list',
};

/**
 * The subscribe body of one event. WhatsApp events: `{hook_url, on_number}` (+ `to_group_uuid`,
 * `time_period`; developers.2chat.co/docs/API/WhatsApp/webhooks/subscribe). Phone-call events:
 * `{hook_url, channel_uuid}` with the virtual number's UUID and no `on_number`
 * (developers.2chat.co/docs/API/Phone-Calls/webhooks/subscribe; agent-skills 2chat-webhooks).
 * Each event is its own subscription, so WhatsApp and call events can be chosen together.
 */
function bodyOf(ctx: IHookFunctions, event: string, url: string): IDataObject {
	const p = params(ctx);
	if (isPhoneCallEvent(event)) {
		return {
			hook_url: url,
			channel_uuid: p.readText('virtualNumber', { required: true, pattern: VIRTUAL_NUMBER }),
		};
	}
	const body: IDataObject = {
		hook_url: url,
		on_number: p.readText('onNumber', { required: true, phone: true }),
	};
	const group = p.readText('groupUuid');
	if (group && GROUP_EVENTS.includes(event)) body.to_group_uuid = group;
	if (event === CONVERSATION_NEW) body.time_period = p.choice('timePeriod', 'all-time');
	return body;
}

/**
 * Whether 2Chat's refusal is about the event name, so that the next candidate name is worth a
 * try. Guess (no source documents the answer to an unknown event): a 404, or a 400/422 whose
 * message speaks of the event. A refusal of anything else (the virtual number, the URL) is final.
 */
function refusesEventName(error: unknown): boolean {
	const failure = apiFailureOf(error);
	if (!failure) return false;
	if (failure.status === 404) return true;
	return [400, 422].includes(failure.status) && /event/i.test(failure.providerMessage ?? '');
}

/**
 * POST /webhooks/subscribe/{name}. An event with more than one candidate name
 * (CALL_EVENT_ALIASES) tries the next when 2Chat refuses the name (refusesEventName); if all are refused, the
 * first (documented) name's error is thrown. Any other failure is final and thrown as it is.
 */
export async function subscribe(ctx: RequestContext, event: string, body: IDataObject) {
	const names = namesOf(event);
	let first: unknown;
	for (const [n, name] of names.entries()) {
		try {
			return await apiRequest<IDataObject>(ctx, twoChat, {
				method: 'POST',
				path: `/webhooks/subscribe/${pathSegment(ctx.getNode(), name, 'Events')}`,
				body,
			});
		} catch (error) {
			first ??= error;
			if (!refusesEventName(error)) throw passOn(error);
			if (n === names.length - 1) throw passOn(first);
			ctx.logger.info(`2Chat refused the event name ${name}; trying ${names[n + 1]}`);
		}
	}
	throw passOn(first);
}

/** The new subscription's `data.uuid` (…/webhooks/subscribe; the official n8n trigger reads the same). */
export function subscriptionId(response: IDataObject): string {
	const data = (response.data ?? response) as IDataObject;
	return String(data.uuid);
}

/** GET /webhooks: `{webhooks: [...]}` in the docs, a bare list in 2Chat's own n8n trigger: both read. */
export async function listSubscriptions(ctx: RequestContext) {
	const body = await apiRequest(ctx, twoChat, { method: 'GET', path: '/webhooks' });
	return itemsAt(
		'webhooks',
		'data',
	)(body).map((w) => ({ id: String(w.uuid), url: String(w.hook_url) }));
}

export async function removeSubscription(ctx: RequestContext, id: string): Promise<void> {
	await apiRequest(ctx, twoChat, {
		method: 'DELETE',
		path: `/webhooks/${pathSegment(ctx.getNode(), id, 'Subscription')}`,
		idempotent: true,
	});
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
	groups(ctx) {
		const events = params(ctx).events();
		// Every body is checked before any request: a missing number fails activation untouched.
		for (const event of events) bodyOf(ctx, event, '');
		return events.map((event) => [event]);
	},
	settings: (_ctx, groups): TwoChatSettings => ({ events: groups.map(([event]) => event) }),
	urlValues: ([event]) => ({ event }),

	async create(ctx: IHookFunctions, [event], url) {
		return { id: subscriptionId(await subscribe(ctx, event, bodyOf(ctx, event, url))) };
	},

	list: listSubscriptions,
	remove: removeSubscription,
};
