import type { INodeProperties } from 'n8n-workflow';

export const customFieldIdField: INodeProperties = {
	displayName: 'Custom Field Name or ID',
	name: 'customFieldId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getCustomFields' },
	required: true,
	default: '',
	description:
		'The custom field. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

/** Spoki reserves these codes for built-in contact fields. */
export const RESERVED_CODES = [
	'FIRST_NAME',
	'LAST_NAME',
	'EMAIL',
	'PHONE',
	'ACCOUNT_NAME',
	'LANGUAGE',
];

export const FIELD_TYPES = [
	{ name: 'Text', value: 1 },
	{ name: 'Date', value: 2 },
	{ name: 'Date and Time', value: 3 },
];
