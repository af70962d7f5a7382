import type { IDataObject, INodePropertyOptions } from 'n8n-workflow';

import { eventAction } from '../shared/webhook/notice';

/**
 * 2Chat WhatsApp webhook events: developers.2chat.co/docs/API/WhatsApp/webhooks/subscribe
 * and 2ChatCo/agent-skills skills/2chat-webhooks/SKILL.md (docs/api/2chat.md A3).
 */
const EVENTS: INodePropertyOptions[] = [
	{ name: 'Audio Transcribed', value: 'whatsapp.audio.transcribed' },
	// WhatsApp Business (WABA) numbers, subscribed the same way with the WABA number as `on_number`
	// (developers.2chat.co/docs/API/WhatsApp/WABA/webhooks/subscribe; agent-skills 2chat-whatsapp-waba);
	// "Business Message Received" is named only by 2ChatCo/2chat-n8n nodes/TwoChatTrigger/TwoChatTrigger.node.ts.
	{ name: 'Business Message Receipt Received', value: 'whatsapp.waba.message.receipt.received' },
	{ name: 'Business Message Receipt Sent', value: 'whatsapp.waba.message.receipt.sent' },
	{ name: 'Business Message Received', value: 'whatsapp.waba.message.received' },
	{ name: 'Business Message Sent', value: 'whatsapp.waba.message.sent' },
	{ name: 'Call Made', value: 'whatsapp.call.made' },
	{ name: 'Call Received', value: 'whatsapp.call.received' },
	{ name: 'Conversation Started', value: 'whatsapp.conversation.new' },
	{ name: 'Group Member Joined', value: 'whatsapp.group.join' },
	{ name: 'Group Member Left', value: 'whatsapp.group.leave' },
	{ name: 'Group Member Removed', value: 'whatsapp.group.remove' },
	{ name: 'Group Message Reaction', value: 'whatsapp.group.message.reaction' },
	{ name: 'Group Message Received', value: 'whatsapp.group.message.received' },
	{ name: 'Message Edited', value: 'whatsapp.message.edited' },
	{ name: 'Message New (Sent or Received)', value: 'whatsapp.message.new' },
	{ name: 'Message Reaction', value: 'whatsapp.message.reaction' },
	{ name: 'Message Read Receipt', value: 'whatsapp.message.receipt.read' },
	{ name: 'Message Received', value: 'whatsapp.message.received' },
	{ name: 'Message Received Receipt', value: 'whatsapp.message.receipt.received' },
	{ name: 'Message Sent', value: 'whatsapp.message.sent' },
	{ name: 'Message Sent Receipt', value: 'whatsapp.message.receipt.sent' },
	{ name: 'Number Status Changed', value: 'whatsapp.number.status' },
	{ name: 'Order Received', value: 'whatsapp.order.received' },
];

/**
 * 2Chat phone-call (VoIP) events, subscribed on a virtual number (`channel_uuid`) instead of a
 * WhatsApp number: developers.2chat.co/docs/API/Phone-Calls/webhooks/subscribe and agent-skills
 * skills/2chat-webhooks/SKILL.md ("Phone Call Events"). The outbound event is `call.outbound.completed`
 * in both; 2ChatCo/2chat-n8n nodes/TwoChatTrigger/TwoChatTrigger.node.ts (v0.4.2) subscribes
 * `call.outgoing.completed` under the label "Outbound Completed". See CALL_EVENT_ALIASES.
 */
const CALL_EVENTS: INodePropertyOptions[] = [
	{
		name: 'Incoming Phone Call Completed',
		value: 'call.incoming.completed',
		description: 'An incoming call to the virtual number ended, answered or missed',
	},
	{
		name: 'Outbound Phone Call Completed',
		value: 'call.outbound.completed',
		description: 'An outbound call from the virtual number ended, answered or failed',
	},
	{
		name: 'Phone Call Status Changed',
		value: 'call.status.update',
		description:
			'A call on the virtual number changed status (ringing, answered, ended…), either direction',
	},
];

/** Phone-call event values: subscribed with `channel_uuid`, shown with the Virtual Number field. */
export const PHONE_CALL_EVENTS = CALL_EVENTS.map((e) => String(e.value));

/** WhatsApp event values: subscribed with `on_number`, shown with the Number field. */
export const WHATSAPP_EVENTS = EVENTS.map((e) => String(e.value));

export const isPhoneCallEvent = (event: string) => PHONE_CALL_EVENTS.includes(event);

/**
 * Names tried, in order, when 2Chat refuses an event name (a 4xx at subscribe). The documented
 * `call.outbound.completed` (docs Phone-Calls/webhooks/subscribe; agent-skills 2chat-webhooks) goes
 * first; 2Chat's own n8n node subscribes `call.outgoing.completed` (2ChatCo/2chat-n8n
 * nodes/TwoChatTrigger/TwoChatTrigger.node.ts), so that name is the fallback (guess: which one the
 * server takes is unconfirmed). Either way the delivery is labelled with the documented name.
 */
export const CALL_EVENT_ALIASES: Record<string, string[]> = {
	'call.outbound.completed': ['call.outbound.completed', 'call.outgoing.completed'],
};

export const namesOf = (event: string): string[] => CALL_EVENT_ALIASES[event] ?? [event];

/**
 * Every event with its node-panel action ("On WhatsApp message received", "On incoming phone call
 * completed"), sorted by name as n8n lists options.
 */
export const TWOCHAT_EVENTS: INodePropertyOptions[] = [
	...EVENTS.map((e) => ({ ...e, action: eventAction(`WhatsApp ${e.name}`) })),
	...CALL_EVENTS.map((e) => ({ ...e, action: eventAction(e.name) })),
].sort((a, b) => a.name.localeCompare(b.name));

export const GROUP_EVENTS = WHATSAPP_EVENTS.filter((v) => v.startsWith('whatsapp.group.'));

/** The event whose subscription takes `time_period` (developers.2chat.co …/webhooks/subscribe). */
export const CONVERSATION_NEW = 'whatsapp.conversation.new';

/**
 * `time_period` values: "Required only if you are subscribing to
 * whatsapp.conversation.new", `all-time` being the default
 * (developers.2chat.co/docs/API/WhatsApp/webhooks/subscribe; 2ChatCo/2chat-n8n
 * nodes/TwoChatTrigger/TwoChatTrigger.node.ts sends it too).
 */
export const TIME_PERIODS: INodePropertyOptions[] = [
	{
		name: 'All Time',
		value: 'all-time',
		description: 'A contact counts as new only if it never wrote before',
	},
	{ name: 'Day', value: 'day', description: 'New if the last conversation is more than a day old' },
	{
		name: 'Hour',
		value: 'hour',
		description: 'New if the last conversation is more than an hour old',
	},
	{
		name: 'Month',
		value: 'month',
		description: 'New if the last conversation is more than a month old',
	},
	{
		name: 'Week',
		value: 'week',
		description: 'New if the last conversation is more than a week old',
	},
	{
		name: 'Year',
		value: 'year',
		description: 'New if the last conversation is more than a year old',
	},
];

/**
 * What makes a delivery a repeat, or undefined when nothing identifies it. A WhatsApp payload's
 * `uuid` names the message (developers.2chat.co/docs/API/WhatsApp/webhooks/payload-examples); the
 * same message is legitimately delivered once per event (received, then read), so the key is both.
 * A phone-call payload's `uuid` names the call (CDR…), and `call.status.update` sends the same call
 * once per status (ringing, answered, completed: developers.2chat.co/docs/API/Phone-Calls/webhooks/
 * payload-examples), so its key adds the status and `updated_at`: only the very same report is a repeat.
 */
export function deliveryKey(event: string | null, body: IDataObject): string | undefined {
	if (typeof body.uuid !== 'string' || body.uuid === '') return undefined;
	const key = `${event ?? ''}:${body.uuid}`;
	if (!event?.startsWith('call.')) return key;
	return [key, body.status, body.updated_at].map((v) => String(v ?? '')).join(':');
}
