import type { IDataObject } from 'n8n-workflow';

import { isObject } from '../../../shared/objects';
import type { WaitChannel } from '../../../shared/wait/channel';
import { sendAndWaitOperation } from '../../../shared/wait/operation';
import { toE164 } from '../../../shared/validation';
import { normalizeDelivery } from '../../../HeyyTrigger/payload';
import {
	createApiWebhook,
	listApiWebhooks,
	removeApiWebhook,
} from '../../../HeyyTrigger/subscriptions';
import { phoneNumberField, whatsAppChannelField } from '../../descriptions';
import { heyy, unwrap } from '../../provider';

/**
 * The id of the reply button a delivery reports. Heyy documents a button
 * reply only as an attachment of type "button" (docs.heyy.io
 * webhook-object-model: `content.attachments[{id, type}]`); which field holds
 * the button's own id is not documented (guess: `payload`, `buttonId`, then
 * the attachment's `id`). The wait also accepts the button's title as text,
 * which is what WhatsApp shows and reports for a tap.
 */
function buttonId(message: IDataObject): string | undefined {
	const content = isObject(message.content) ? message.content : {};
	const attachments = Array.isArray(content.attachments) ? content.attachments : [];
	const button = attachments.find((a) => isObject(a) && a.type === 'button') as
		| IDataObject
		| undefined;
	const id = button?.payload ?? button?.buttonId ?? button?.id ?? content.buttonId;
	return typeof id === 'string' && id !== '' ? id : undefined;
}

/**
 * Heyy: the approval as an INTERACTIVE message with reply buttons
 * (`POST /{channelId}/whatsapp_messages/send`, `buttons:[{id,title}]`,
 * docs.heyy.io/api-reference/send-whatsapp-message), free text as TEXT; the
 * contact's reply reaches the wait through a WHATSAPP_MESSAGE_RECEIVED API
 * webhook on the channel, registered for the wait (the trigger's calls).
 */
export const heyyWait: WaitChannel = {
	provider: heyy,
	facts: {
		approval: 'reply buttons in WhatsApp; tapping one answers',
		freeText: "the contact's next WhatsApp message",
		registers:
			'one Heyy API webhook (WhatsApp message received, on this channel) sends replies here',
	},
	properties: [
		whatsAppChannelField,
		{ ...phoneNumberField, description: 'The contact who answers, with + and the country code' },
	],
	contact: (op) => {
		// The channel is checked here too, before any request (the wait lists webhooks first).
		op.params.id('channelId');
		return op.params.readText('phoneNumber', { required: true, phone: true });
	},
	routesReplies: () => true,

	async send(op, prompt) {
		const channel = op.params.id('channelId');
		const body: IDataObject = {
			phoneNumber: op.params.readText('phoneNumber', { required: true, phone: true }),
			bodyText: prompt.text,
			type: prompt.choices.length ? 'INTERACTIVE' : 'TEXT',
		};
		if (prompt.choices.length)
			body.buttons = prompt.choices.map(({ id, title }) => ({ id, title }));
		return unwrap(
			await op.request({ method: 'POST', path: `/${channel}/whatsapp_messages/send`, body }),
		);
	},

	register: async (op, url) =>
		await createApiWebhook(op.ctx, 'WHATSAPP_MESSAGE_RECEIVED', url, op.params.id('channelId')),
	registrations: listApiWebhooks,
	remove: removeApiWebhook,

	inbound(body) {
		const item = normalizeDelivery(body);
		// Only what the contact sent: not our own outbound messages, statuses or echoes.
		if (item.sender !== null && item.sender !== 'inbound') return undefined;
		const sender = toE164(String(item.phoneNumber ?? ''));
		if (!sender) return undefined;
		const message = isObject(item.message) ? item.message : {};
		return {
			sender,
			text: typeof item.text === 'string' ? item.text : undefined,
			choiceId: buttonId(message),
			messageId: typeof item.messageId === 'string' ? item.messageId : undefined,
		};
	},
};

export const sendAndWait = sendAndWaitOperation(heyyWait);
