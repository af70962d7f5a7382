import type { IDataObject } from 'n8n-workflow';

import type { ConversationFacts } from '../shared/webhook/conversation';

const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);

/** Events that report a message's status, in both delivery shapes (docs.heyy.io webhook-object-model). */
const STATUS_EVENTS = ['message.updated', 'message_status'];

/** Events about a message the business sent (API, inbox, campaign, or the phone's own app: `message_echo`). */
const OWN_EVENTS = ['message.sent', 'message_outbound', 'message_echo'];

/**
 * Heyy's conversation facts, read from the normalised item (payload.ts):
 * `sender` is `inbound | outbound` and `chat.id` / `chatId` names the chat
 * of one contact on one channel (docs.heyy.io webhook-object-model, both
 * shapes). The contact is Heyy's contact id, else the phone number, else the
 * chat (shape (b) carries no contact).
 */
export const heyyConversation: ConversationFacts = {
	prefix: 'heyy',
	contactId: (item: IDataObject) =>
		text((item.contact as IDataObject | null)?.id) ?? text(item.phoneNumber) ?? text(item.chatId),
	// A Heyy chat is one contact on one channel, named in both shapes: the key whatever the shape.
	conversationId: (item) => text(item.chatId),
	channel: (item) => text(item.channelId),
	text: (item) => text(item.text),
	isOwn: (item) => item.sender === 'outbound' || OWN_EVENTS.includes(String(item.event)),
	isStatus: (item) => STATUS_EVENTS.includes(String(item.event)),
};
