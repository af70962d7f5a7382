import { isObject } from '../shared/objects';
import type { ConversationFacts } from '../shared/webhook/conversation';

const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);

/**
 * Weni's conversation facts, from goflow's resthook payload (nyaruka/goflow
 * flows/webhooks.go DefaultWebhookPayload): `contact.uuid` is the contact,
 * `input.text` the message that moved the flow. A resthook is called by a
 * contact's flow run, never for the business's own messages or receipts, so
 * Weni has neither filter.
 */
export const weniConversation: ConversationFacts = {
	prefix: 'weni',
	contactId: (item) => (isObject(item.contact) ? text(item.contact.uuid) : null),
	text: (item) => (isObject(item.input) ? text(item.input.text) : null),
};
