import type { INodePropertyOptions } from 'n8n-workflow';

import { eventAction } from '../shared/webhook/notice';

/**
 * Spoki external webhook events: the eleven codes listed in MambuSRL/spoki_whatsapp
 * Webhooks.php (generated from Spoki's Postman collection), and the twelfth,
 * "ContactField created or updated", named on
 * https://support.spoki.it/en/docs/integrations/how-to-send-a-webhook-out-of-spoki-vs-a-management-system/
 * (docs/api/audit-spoki-weni.md S3).
 */
const EVENTS: INodePropertyOptions[] = [
	{
		name: 'Chat Unread Messages Changed',
		value: 'chat.has_unread_messages',
		description: 'A chat gets unread messages, or has none left',
	},
	{ name: 'Contact Added to List', value: 'contact_list.created' },
	{ name: 'Contact Created', value: 'contact.created' },
	{ name: 'Contact Deleted', value: 'contact.deleted' },
	{
		name: 'Contact Field Created or Updated',
		value: 'contact_field.created',
		description:
			"A contact's custom field gets a value or a new one. Spoki's code for it is not documented: see the README.",
	},
	{ name: 'Contact Removed From List', value: 'contact_list.deleted' },
	{ name: 'Contact Updated', value: 'contact.updated' },
	{
		name: 'Message Received',
		value: 'message.inbound',
		description: 'A message was received, or a received message was updated',
	},
	{
		name: 'Message Sent',
		value: 'message.outbound',
		description: 'A message was sent, or its status was updated',
	},
	{ name: 'Note Added', value: 'message.note', description: 'A note was added to a chat' },
	{ name: 'Tag Added to Contact', value: 'contact_tag.created' },
	{ name: 'Tag Removed From Contact', value: 'contact_tag.deleted' },
];

/** With the node panel's action: "On Spoki message received". */
export const SPOKI_EVENTS: INodePropertyOptions[] = EVENTS.map((e) => ({
	...e,
	action: eventAction(e.name),
}));

/**
 * The codes tried, in order, for an event whose code no source gives. Guess:
 * Spoki names events `<model>.<action>` with the model in snake case
 * (`contact_tag.created`, `contact_list.created`), and its contact serializer
 * calls the model ContactField (`contactfield_set`). A code Spoki refuses
 * (400, nothing created) is followed by the next one; deliveries are accepted
 * under any of them.
 */
export const EVENT_CODES: Record<string, string[]> = {
	'contact_field.created': [
		'contact_field.created',
		'contact_field.updated',
		'contactfield.created',
		'contactfield.updated',
	],
};

export const codesOf = (event: string): string[] => EVENT_CODES[event] ?? [event];
