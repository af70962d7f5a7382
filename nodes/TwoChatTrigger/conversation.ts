import type { IDataObject } from 'n8n-workflow';

import { isObject } from '../shared/objects';
import type { ConversationFacts } from '../shared/webhook/conversation';

const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);

/**
 * 2Chat's conversation facts, from its documented WhatsApp payload
 * (developers.2chat.co/docs/API/WhatsApp/webhooks/payload-examples):
 * `remote_phone_number` is the customer, `channel_phone_number` the
 * business's number, `sent_by` is `user` for the customer and `api` /
 * `agent` for the business, `message.text` the text. Receipts are the
 * `*.receipt.*` events, named in the URL or the WABA payload's `event`.
 */
export const twoChatConversation: ConversationFacts = {
	prefix: '2chat',
	contactId: (item) => text(item.remote_phone_number),
	channel: (item) => text(item.channel_phone_number),
	text: (item: IDataObject) => (isObject(item.message) ? text(item.message.text) : null),
	isOwn: (item) =>
		(typeof item.sent_by === 'string' && item.sent_by !== 'user') ||
		['whatsapp.message.sent', 'whatsapp.waba.message.sent'].includes(String(item.event)),
	isStatus: (item) => String(item.event).includes('.receipt.'),
};
