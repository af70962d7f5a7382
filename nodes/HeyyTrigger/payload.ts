import type { IDataObject } from 'n8n-workflow';
import { isObject } from '../shared/objects';
import { heyyAttachments } from './media';

function firstString(...values: unknown[]): string | null {
	for (const value of values) {
		if (typeof value === 'string' && value !== '') return value;
		if (typeof value === 'number') return String(value);
	}
	return null;
}

/**
 * One clean item from either delivery shape Heyy documents:
 * (a) `{id, tenantId, event: "message.received", data: {...message, chat, channel, contact, handle}}`
 * (b) `{id, event: "message_inbound", message: {...message, chatId, channelId}}`.
 * The common fields come first; the message as sent is kept whole under `message`.
 */
export function normalizeDelivery(body: unknown): IDataObject {
	if (!isObject(body)) return { event: null, payload: body as IDataObject['payload'] };
	const message = isObject(body.data)
		? body.data
		: isObject(body.message)
			? body.message
			: undefined;
	if (!message) return { ...body, event: firstString(body.event, body.type) };

	const content = isObject(message.content) ? message.content : {};
	const chat = isObject(message.chat) ? message.chat : {};
	const channel = isObject(message.channel) ? message.channel : {};
	const handle = isObject(message.handle) ? message.handle : {};
	const contact = isObject(message.contact) ? message.contact : null;
	return {
		event: firstString(body.event, body.type),
		deliveryId: firstString(body.id),
		tenantId: firstString(body.tenantId, message.tenantId),
		messageId: firstString(message.id),
		chatId: firstString(chat.id, message.chatId),
		channelId: firstString(channel.id, message.channelId),
		channelType: firstString(channel.type, message.channelType),
		sender: firstString(message.sender),
		status: firstString(message.status),
		type: firstString(message.type),
		text: firstString(content.body, content.text, message.text),
		attachments: heyyAttachments(content.attachments),
		phoneNumber: firstString(handle.value, contact?.phoneNumber, message.phoneNumber),
		contact,
		timestamp: firstString(message.timestamp, message.createdAt),
		errors: Array.isArray(message.errors) ? message.errors : [],
		message,
	};
}
