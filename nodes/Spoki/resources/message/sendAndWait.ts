import type { IDataObject } from 'n8n-workflow';

import { isObject } from '../../../shared/objects';
import { toE164 } from '../../../shared/validation';
import type { WaitChannel } from '../../../shared/wait/channel';
import { sendAndWaitOperation } from '../../../shared/wait/operation';
import { createWebhook, listWebhooks, removeWebhook } from '../../../SpokiTrigger/subscriptions';
import { phoneField } from '../../descriptions';
import { API, spoki, spokiSent } from '../../provider';

function text(...values: unknown[]): string | undefined {
	for (const value of values) if (typeof value === 'string' && value.trim() !== '') return value;
	return undefined;
}

/**
 * Spoki: the approval as an Interactive message with reply buttons (POST
 * /api/1/messages/send/, `content_type: "Interactive"`, `buttons:
 * [{button_type, text, order, payload}]`, MambuSRL/spoki_whatsapp
 * src/Api/Messages.php sendMessageWithButtons), free text as Text; the reply
 * reaches the wait through a `message.inbound` external webhook registered for
 * the wait (the trigger's calls, [PHP] src/Api/Webhooks.php).
 *
 * Spoki signs deliveries with a secret it returns when the webhook is created,
 * which n8n's signed resume URL cannot carry (it is fixed before the
 * webhook exists) and a waiting execution has no other place to keep: a wait's
 * deliveries are proven by the URL (n8n's signature and our token), as for the
 * providers that sign nothing.
 */
export const spokiWait: WaitChannel = {
	provider: spoki,
	facts: {
		approval: 'reply buttons in WhatsApp; tapping one answers',
		freeText: "the contact's next WhatsApp message",
		registers: 'one Spoki external webhook (message.inbound) sends replies here',
	},
	properties: [phoneField('The contact who answers, in international format')],
	contact: (op) => op.params.readText('phone', { required: true, phone: true }),
	routesReplies: () => true,

	async send(op, prompt) {
		const body: IDataObject = {
			type: 'Message',
			phone: op.params.readText('phone', { required: true, phone: true }),
			text: prompt.text,
			content_type: prompt.choices.length ? 'Interactive' : 'Text',
		};
		if (prompt.choices.length) {
			body.buttons = prompt.choices.map((c, order) => ({
				button_type: 'quick_reply',
				text: c.title,
				order,
				payload: c.id,
			}));
		}
		return spokiSent(await op.object({ method: 'POST', path: `${API}/messages/send/`, body }));
	},

	register: async (op, url) => {
		const created = await createWebhook(op.ctx, 'message.inbound', url);
		return String(created.id ?? '');
	},
	registrations: listWebhooks,
	remove: removeWebhook,

	/**
	 * A `message.inbound` delivery: `{event, event_uuid, data}` ([PHP] README).
	 * Spoki documents no fields of `data`; read here (guess, as the trigger
	 * reads media): the contact's phone at `data.contact.phone` or `data.phone`,
	 * the text at `data.message.text` or `data.text`, a button's payload at
	 * `data.message.payload` or `data.payload`.
	 */
	inbound(body) {
		if (body.event !== undefined && body.event !== 'message.inbound') return undefined;
		const data = isObject(body.data) ? body.data : body;
		const message = isObject(data.message) ? data.message : {};
		const contact = isObject(data.contact) ? data.contact : {};
		const sender = toE164(String(text(contact.phone, data.phone, message.phone) ?? ''));
		if (!sender) return undefined;
		const id = message.id ?? data.message_id;
		return {
			sender,
			text: text(message.text, data.text),
			choiceId: text(message.payload, message.button_payload, data.payload),
			messageId: id === undefined ? undefined : String(id),
		};
	},
};

export const sendAndWait = sendAndWaitOperation(spokiWait);
