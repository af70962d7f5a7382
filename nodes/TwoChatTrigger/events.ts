import type { INodePropertyOptions } from 'n8n-workflow';

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

/** With the node panel's action: "On WhatsApp message received". */
export const TWOCHAT_EVENTS: INodePropertyOptions[] = EVENTS.map((e) => ({
	...e,
	action: eventAction(`WhatsApp ${e.name}`),
}));

export const GROUP_EVENTS = TWOCHAT_EVENTS.map((e) => String(e.value)).filter((v) =>
	v.startsWith('whatsapp.group.'),
);

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
