import type { IDataObject } from 'n8n-workflow';

import type { OperationContext, OperationDef } from '../../../shared/definitions';
import {
	checkAttachments,
	flowsQuickReplies,
	rapidProQuickReplies,
	readMessageContent,
	uploadAttachments,
} from '../../content';
import type { MessageContent } from '../../content';
import { contactField, messageContentFields } from '../../descriptions';
import { flavourOf } from '../../flavour';
import type { Flavour } from '../../flavour';
import { endpoint, weniSent } from '../../provider';
import { checkContact, checkUrn, contactKey } from '../../readers';
import type { ContactRef } from '../../readers';
import { sendWithinWindow, windowFields } from '../../../shared/window';
import { WENI_TEMPLATE_HINT, weniWindow } from '../../window';

export const send: OperationDef = {
	value: 'send',
	name: 'Send',
	action: 'Send a message',
	description:
		'Send a message to one contact (on Weni Flows as a WhatsApp message, through its WhatsApp broadcasts endpoint)',
	properties: [
		contactField,
		...messageContentFields,
		...windowFields({ templateHint: WENI_TEMPLATE_HINT }),
	],
	recipient: (op) => contactKey(op.params),
	run: async (op) => {
		const p = op.params;
		const contact = checkContact(p, 'contact', p.raw('contact', ''));
		const content = readMessageContent(op);
		return await sendWithinWindow(op, weniWindow(contact), contact.value, () =>
			sendToContact(op, contact, content),
		);
	},
};

/**
 * Refuses, before any request but the (cached) server lookup, a contact this
 * server cannot send a single message to. Send checks it in sendToContact;
 * Send and Wait before it registers anything (its channel's `check`).
 */
export async function checkRecipient(op: OperationContext, contact: ContactRef): Promise<Flavour> {
	const p = op.params;
	const flavour = await flavourOf(op.ctx);
	if (contact.by === 'urn') checkUrn(p, 'contact', contact.value, flavour);
	// whatsapp_broadcasts goes out through a WhatsApp Cloud or Weni Webchat channel only (channel
	// types WAC/WWC in WhatsappBroadcastWriteSerializer.validate, weni-ai/flows serializers.py);
	// that a URN of another scheme cannot be reached without such a channel is a guess.
	const scheme = contact.value.slice(0, contact.value.indexOf(':'));
	if (
		flavour === 'flows' &&
		contact.by === 'urn' &&
		!['whatsapp', 'weniwebchat'].includes(scheme)
	) {
		throw p.invalid(
			'contact',
			`is a ${scheme} URN; Weni Flows sends single messages on WhatsApp and Weni Webchat only`,
			"Give the contact's whatsapp: URN or its UUID, or reach other channels with Broadcast → Send or Flow → Start.",
		);
	}
	return flavour;
}

/**
 * One message to one contact, the way each flavour takes it: RapidPro's
 * `messages.json`, Weni Flows' `whatsapp_broadcasts.json` (Flows cannot POST
 * messages.json). Send and Send and Wait both send through here.
 */
export async function sendToContact(
	op: OperationContext,
	contact: ContactRef,
	content: MessageContent,
): Promise<IDataObject> {
	const flavour = await checkRecipient(op, contact);
	checkAttachments(op, content, flavour);
	if (flavour === 'rapidpro') {
		// weni-ai/rapidpro temba/api/v2/serializers.py MsgWriteSerializer: contact, text, attachments, quick_replies.
		const body: IDataObject = { contact: contact.value };
		if (content.text) body.text = content.text;
		const attachments = await uploadAttachments(op, content, flavour);
		if (attachments.length) body.attachments = attachments;
		if (content.quickReplies.length) body.quick_replies = rapidProQuickReplies(content);
		return weniSent(await op.object({ method: 'POST', path: endpoint('messages'), body }));
	}
	// Weni Flows cannot POST messages.json (MessagesEndpoint is list-only, weni-ai/flows
	// temba/api/v2/views.py); one contact's WhatsApp message is a whatsapp_broadcast
	// with a `msg` object (WhatsappBroadcastWriteSerializer, serializers.py).
	const replies = flowsQuickReplies(op, content.quickReplies);
	const msg: IDataObject = {};
	if (content.text) msg.text = content.text;
	const attachments = await uploadAttachments(op, content, flavour);
	if (attachments.length) msg.attachments = attachments;
	if (replies.length) msg.quick_replies = replies;
	const body: IDataObject = {
		[contact.by === 'uuid' ? 'contacts' : 'urns']: [contact.value],
		msg,
	};
	return weniSent(
		await op.object({
			method: 'POST',
			path: endpoint('whatsapp_broadcasts'),
			body,
		}),
	);
}
