import type { INodeProperties } from 'n8n-workflow';

export const contactIdField: INodeProperties = {
	displayName: 'Contact ID',
	name: 'contactId',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'CON…',
	description: 'The contact UUID, as returned by Create or List',
};
