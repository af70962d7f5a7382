import type { INodeProperties } from 'n8n-workflow';

export const contactIdField: INodeProperties = {
	displayName: 'Contact ID',
	name: 'contactId',
	type: 'string',
	required: true,
	default: '',
	placeholder: '1091234',
	description: 'The numeric ID of the contact, as returned by Create or Update and List',
};
