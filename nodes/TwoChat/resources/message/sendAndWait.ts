import type { IDataObject } from 'n8n-workflow';

import { isObject } from '../../../shared/objects';
import { toE164 } from '../../../shared/validation';
import type { WaitChannel } from '../../../shared/wait/channel';
import { sendAndWaitOperation } from '../../../shared/wait/operation';
import {
	listSubscriptions,
	removeSubscription,
	subscribe,
	subscriptionId,
} from '../../../TwoChatTrigger/subscriptions';
import { fromNumberField, toNumberField } from '../../descriptions';
import { twoChat } from '../../provider';
import { phone } from '../../readers';
import { sendResult } from './common';

/**
 * 2Chat: the question as a text message (POST /whatsapp/send-message,
 * developers.2chat.co/docs/API/WhatsApp/send-message). 2Chat documents no
 * reply buttons for either its WhatsApp or its WhatsApp Business send (nor
 * does its own n8n node, 2ChatCo/2chat-n8n), so an approval names the answers
 * and the contact types one. The reply reaches the wait through a
 * `whatsapp.message.received` subscription on the number
 * (…/webhooks/subscribe `{hook_url, on_number}`), the trigger's calls.
 */
export const twoChatWait: WaitChannel = {
	provider: twoChat,
	facts: {
		approval: 'the contact types one of the button labels in WhatsApp (2Chat has no reply buttons)',
		freeText: "the contact's next WhatsApp message",
		registers: 'one 2Chat webhook (whatsapp.message.received, on this number) sends replies here',
	},
	properties: [
		fromNumberField,
		toNumberField({ description: 'The contact who answers, in international format' }),
	],
	contact: (op) => op.params.string('toNumber', { required: true, phone: true }),
	routesReplies: () => true,

	async send(op, prompt) {
		const labels = prompt.choices.map((c) => `"${c.title}"`);
		const text = labels.length
			? `${prompt.text}\n\nReply ${labels.length === 1 ? labels[0] : `${labels.slice(0, -1).join(', ')} or ${labels[labels.length - 1]}`}.`
			: prompt.text;
		const body: IDataObject = {
			from_number: phone(op.params, 'fromNumber'),
			to_number: op.params.string('toNumber', { required: true, phone: true }),
			text,
		};
		return sendResult(
			await op.request<IDataObject>({ method: 'POST', path: '/whatsapp/send-message', body }),
		);
	},

	register: async (op, url) =>
		subscriptionId(
			await subscribe(op.ctx, 'whatsapp.message.received', {
				hook_url: url,
				on_number: phone(op.params, 'fromNumber'),
			}),
		),
	registrations: listSubscriptions,
	remove: removeSubscription,

	/**
	 * A WhatsApp payload (…/webhooks/payload-examples): `remote_phone_number`
	 * is the contact, `sent_by: "user"` a message they sent, `message.text`
	 * the text, `uuid` the message.
	 */
	inbound(body) {
		if (body.sent_by !== undefined && body.sent_by !== 'user') return undefined;
		const sender = toE164(String(body.remote_phone_number ?? ''));
		if (!sender) return undefined;
		const message = isObject(body.message) ? body.message : {};
		return {
			sender,
			text: typeof message.text === 'string' ? message.text : undefined,
			messageId: typeof body.uuid === 'string' ? body.uuid : undefined,
		};
	},
};

export const sendAndWait = sendAndWaitOperation(twoChatWait);
