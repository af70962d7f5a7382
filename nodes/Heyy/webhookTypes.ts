import type { INodePropertyOptions } from 'n8n-workflow';

/** The `type` of a Heyy API webhook: which events it receives (docs/api/heyy.md 1.4). */
export const WEBHOOK_TYPES: INodePropertyOptions[] = [
	{ name: 'Email Message Received', value: 'EMAIL_MESSAGE_RECEIVED' },
	{
		name: 'Email Message Status',
		value: 'EMAIL_MESSAGE_STATUS',
		description: 'Sent, delivered, read or failed',
	},
	{
		name: 'Instagram Message Echo',
		value: 'INSTAGRAM_MESSAGE_ECHO',
		description: 'Sent from the Instagram app itself',
	},
	{ name: 'Instagram Message Received', value: 'INSTAGRAM_MESSAGE_RECEIVED' },
	{
		name: 'Instagram Message Status',
		value: 'INSTAGRAM_MESSAGE_STATUS',
		description: 'Sent, delivered, read or failed',
	},
	{ name: 'SMS Message Received', value: 'SMS_MESSAGE_RECEIVED' },
	{
		name: 'SMS Message Status',
		value: 'SMS_MESSAGE_STATUS',
		description: 'Sent, delivered or failed',
	},
	{ name: 'WhatsApp Message Received', value: 'WHATSAPP_MESSAGE_RECEIVED' },
	{
		name: 'WhatsApp Message Status',
		value: 'WHATSAPP_MESSAGE_STATUS',
		description: 'Sent, delivered, read or failed',
	},
];

export const WEBHOOK_TYPE_VALUES = WEBHOOK_TYPES.map((t) => String(t.value));
