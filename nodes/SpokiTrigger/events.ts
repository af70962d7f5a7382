import type { INodePropertyOptions } from 'n8n-workflow';

/** Spoki external webhook events (see shared/api/spoki.md 2.5). */
export const SPOKI_EVENTS: INodePropertyOptions[] = [
	{ name: 'Chat Unread Messages Changed', value: 'chat.has_unread_messages', description: 'A chat gets unread messages, or has none left' },
	{ name: 'Contact Added to List', value: 'contact_list.created' },
	{ name: 'Contact Created', value: 'contact.created' },
	{ name: 'Contact Deleted', value: 'contact.deleted' },
	{ name: 'Contact Removed From List', value: 'contact_list.deleted' },
	{ name: 'Contact Updated', value: 'contact.updated' },
	{ name: 'Message Received', value: 'message.inbound', description: 'A message was received, or a received message was updated' },
	{ name: 'Message Sent', value: 'message.outbound', description: 'A message was sent, or its status was updated' },
	{ name: 'Note Added', value: 'message.note', description: 'A note was added to a chat' },
	{ name: 'Tag Added to Contact', value: 'contact_tag.created' },
	{ name: 'Tag Removed From Contact', value: 'contact_tag.deleted' },
];

export const EVENT_NAMES = SPOKI_EVENTS.map((e) => String(e.value));
