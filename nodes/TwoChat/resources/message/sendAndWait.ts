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
import { fromNumberField, toNumberField, wabaNumberField } from '../../descriptions';
import { interactiveBody, replyButtons } from '../../interactive';
import { twoChat, twoChatSent } from '../../provider';
import { phone } from '../../readers';
import { sendWaba } from '../whatsappBusiness/common';
import type { OperationContext } from '../../../shared/definitions';

const viaWaba = (op: OperationContext) =>
	op.params.readText('sendFrom', { oneOf: ['number', 'waba'] }) === 'waba';

/** The number the question goes from: a connected WhatsApp number, or a WhatsApp Business one. */
const sender = (op: OperationContext) =>
	phone(op.params, viaWaba(op) ? 'wabaNumber' : 'fromNumber');

/**
 * The id of the reply button a WhatsApp Business delivery reports. 2Chat documents no
 * WABA received payload beyond `event`, `channel`, `to_number` and `contact`
 * (…/webhooks/payload-examples); guess: Meta's own `interactive.button_reply {id, title}`
 * under `message`, or a `button_reply` there. The title typed or tapped also answers.
 */
function buttonReply(message: IDataObject): IDataObject | undefined {
	const interactive = isObject(message.interactive) ? message.interactive : {};
	const reply = interactive.button_reply ?? message.button_reply;
	return isObject(reply) ? reply : undefined;
}

/**
 * 2Chat, from a WhatsApp number: the question as a text message (POST
 * /whatsapp/send-message, developers.2chat.co/docs/API/WhatsApp/send-message),
 * which has no reply buttons, so an approval names the answers and the contact
 * types one. From a WhatsApp Business (WABA) number: reply buttons, Meta's
 * interactive object in `payload` of POST /waba/send-message, as 2Chat's own
 * n8n node sends them (see interactive.ts). The reply reaches the wait through
 * a `whatsapp.message.received` (or `whatsapp.waba.message.received`)
 * subscription on the number (…/webhooks/subscribe `{hook_url, on_number}`),
 * the trigger's calls.
 */
export const twoChatWait: WaitChannel = {
	provider: twoChat,
	facts: {
		approval:
			'reply buttons from a WhatsApp Business number; from a WhatsApp number (no buttons there) the contact types one of the labels',
		freeText: "the contact's next WhatsApp message",
		registers: 'one 2Chat webhook (message received, on this number) sends replies here',
	},
	properties: [
		{
			displayName: 'Send From',
			name: 'sendFrom',
			type: 'options',
			options: [
				{
					name: 'WhatsApp Number',
					value: 'number',
					description: 'A number connected through WhatsApp Web: the answers are typed back',
				},
				{
					name: 'WhatsApp Business Number',
					value: 'waba',
					description: 'A WhatsApp Business API number: the approval comes with reply buttons',
				},
			],
			default: 'number',
		},
		{ ...fromNumberField, displayOptions: { show: { sendFrom: ['number'] } } },
		{ ...wabaNumberField, displayOptions: { show: { sendFrom: ['waba'] } } },
		toNumberField({ description: 'The contact who answers, in international format' }),
	],
	contact: (op) => {
		sender(op); // checked, like the contact, before any request
		return op.params.readText('toNumber', { required: true, phone: true });
	},
	routesReplies: () => true,

	async send(op, prompt) {
		if (viaWaba(op)) {
			const parties = {
				from_number: sender(op),
				to_number: op.params.readText('toNumber', { required: true, phone: true }),
			};
			if (!prompt.choices.length) return await sendWaba(op, { ...parties, text: prompt.text });
			const buttons = prompt.choices.map(({ id, title }) => ({ id, title }));
			return await sendWaba(
				op,
				interactiveBody(parties, replyButtons({ body: prompt.text }, buttons)),
			);
		}
		const labels = prompt.choices.map((c) => `"${c.title}"`);
		const text = labels.length
			? `${prompt.text}\n\nReply ${labels.length === 1 ? labels[0] : `${labels.slice(0, -1).join(', ')} or ${labels[labels.length - 1]}`}.`
			: prompt.text;
		const body: IDataObject = {
			from_number: sender(op),
			to_number: op.params.readText('toNumber', { required: true, phone: true }),
			text,
		};
		return twoChatSent(
			await op.request<IDataObject>({ method: 'POST', path: '/whatsapp/send-message', body }),
		);
	},

	register: async (op, url) => {
		const waba = viaWaba(op);
		const event = waba ? 'whatsapp.waba.message.received' : 'whatsapp.message.received';
		return subscriptionId(await subscribe(op.ctx, event, { hook_url: url, on_number: sender(op) }));
	},
	registrations: listSubscriptions,
	remove: removeSubscription,

	/**
	 * A WhatsApp payload (…/webhooks/payload-examples): `remote_phone_number`
	 * is the contact, `sent_by: "user"` a message they sent, `message.text`
	 * the text, `uuid` the message. A WABA payload names its `event`; where it
	 * puts the contact's number is not documented (guess: the same field, else
	 * `from_number` or `contact.phone_number`).
	 */
	inbound(body) {
		if (body.sent_by !== undefined && body.sent_by !== 'user') return undefined;
		if (typeof body.event === 'string' && !body.event.endsWith('message.received'))
			return undefined;
		const contact = isObject(body.contact) ? body.contact : {};
		const sender = toE164(
			String(body.remote_phone_number ?? body.from_number ?? contact.phone_number ?? ''),
		);
		if (!sender) return undefined;
		const message = isObject(body.message) ? body.message : {};
		const reply = buttonReply(message);
		const text = message.text ?? reply?.title;
		return {
			sender,
			text: typeof text === 'string' ? text : undefined,
			choiceId: typeof reply?.id === 'string' ? reply.id : undefined,
			messageId: typeof body.uuid === 'string' ? body.uuid : undefined,
		};
	},
};

export const sendAndWait = sendAndWaitOperation(twoChatWait);
