import type { IDataObject } from 'n8n-workflow';

import { isObject } from '../shared/objects';
import type { ConversationFacts } from '../shared/webhook/conversation';

const text = (v: unknown) =>
	typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : null;

const dataOf = (item: IDataObject): IDataObject => (isObject(item.data) ? item.data : item);

/**
 * Spoki's conversation facts. Spoki documents its event codes
 * (MambuSRL/spoki_whatsapp Webhooks.php) but not their payload: the
 * `data.contact {id, phone}` and `data.message {text}` read here are a guess,
 * with the same fields at the top level as a fallback. `message.outbound`
 * reports the business's own messages and their status changes, so it is the
 * own-message test; no documented field tells a status update of a received
 * message from a new one, so Spoki has no status filter.
 */
export const spokiConversation: ConversationFacts = {
	prefix: 'spoki',
	contactId: (item) => {
		const data = dataOf(item);
		const contact = isObject(data.contact) ? data.contact : {};
		return text(contact.id) ?? text(contact.phone) ?? text(data.phone);
	},
	text: (item) => {
		const data = dataOf(item);
		const message = isObject(data.message) ? data.message : data;
		return text(message.text);
	},
	isOwn: (item) => item.event === 'message.outbound',
};
