import { isObject } from '../../../shared/objects';
import type { WaitChannel } from '../../../shared/wait/channel';
import { sendAndWaitOperation } from '../../../shared/wait/operation';
import {
	removeResthookSubscriber,
	resthookSubscribers,
	subscribeResthook,
} from '../../../WeniTrigger/subscriptions';
import { contactField } from '../../descriptions';
import { weni } from '../../provider';
import { checkContact } from '../../readers';
import { checkRecipient, sendToContact } from './send';

const contactOf = (op: Parameters<WaitChannel['contact']>[0]) =>
	checkContact(op.params, 'contact', op.params.raw('contact', ''));

const slugOf = (op: Parameters<WaitChannel['contact']>[0]) =>
	op.params.readText('replyResthook', { maxLength: 100 });

/**
 * Weni (and RapidPro): the question as a message with quick replies (the
 * same send as Message → Send: RapidPro `messages.json`, Weni Flows
 * `whatsapp_broadcasts.json`). Weni sends a contact's messages to nothing
 * outside a flow: a reply reaches the wait only when a flow of the user's
 * passes it to a resthook (a "Call Zapier" action, as for the Weni Trigger),
 * whose slug is given in "Reply Resthook"; the wait subscribes to it while it
 * waits (`resthook_subscribers.json`, the trigger's calls). Without a slug,
 * the message carries links to answer on n8n instead.
 */
export const weniWait: WaitChannel = {
	provider: weni,
	facts: {
		approval:
			'quick replies in WhatsApp, answered through "Reply Resthook"; without one, links in the message',
		freeText:
			'the contact\'s next message, through "Reply Resthook"; without one, a link to a form on n8n',
		registers:
			'with a "Reply Resthook", one subscriber of that resthook sends what your flow passes it here',
	},
	properties: [
		{ ...contactField, description: 'The contact who answers: pick one, or give a UUID or URN' },
		{
			displayName: 'Reply Resthook Name or ID',
			name: 'replyResthook',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getResthooks' },
			default: '',
			description:
				'A resthook (a "Call Zapier" action) that a flow of yours calls with the contact\'s reply, e.g. after a "Wait for Response". Weni passes replies to nothing else, so without one the contact answers through links to n8n. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
	],
	contact: (op) => contactOf(op).value,
	check: async (op) => {
		await checkRecipient(op, contactOf(op));
	},
	routesReplies: (op) => slugOf(op) !== '',

	send: async (op, prompt) =>
		await sendToContact(op, contactOf(op), {
			text: prompt.text,
			attachments: [],
			files: [],
			quickReplies: prompt.choices.map((c) => ({ text: c.title })),
		}),

	register: async (op, url) => await subscribeResthook(op.ctx, slugOf(op), url),
	registrations: async (ctx) => await resthookSubscribers(ctx),
	remove: removeResthookSubscriber,

	/**
	 * A resthook call: goflow's webhook payload (flows/actions/call_resthook.go,
	 * nyaruka/goflow): `contact {uuid, name, urn}` and `input {text, …}`, the
	 * message the contact last sent in the flow (null when there is none).
	 */
	inbound(body) {
		const contact = isObject(body.contact) ? body.contact : {};
		const input = isObject(body.input) ? body.input : undefined;
		if (!input || typeof contact.uuid !== 'string') return undefined;
		return {
			sender: contact.uuid.toLowerCase(),
			aliases: typeof contact.urn === 'string' ? [contact.urn] : [],
			text: typeof input.text === 'string' ? input.text : undefined,
			messageId: typeof input.uuid === 'string' ? input.uuid : undefined,
		};
	},
};

export const sendAndWait = sendAndWaitOperation(weniWait);
