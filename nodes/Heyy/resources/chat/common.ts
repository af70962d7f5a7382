import type { INodeProperties } from 'n8n-workflow';

export const chatIdField: INodeProperties = {
	displayName: 'Chat ID',
	name: 'chatId',
	type: 'string',
	required: true,
	default: '',
	description: 'The chat (conversation) ID, as returned by List or by the Heyy Trigger',
};
