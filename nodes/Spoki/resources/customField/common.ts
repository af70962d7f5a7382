import { listedField } from '../../../shared/descriptions';

export const customFieldIdField = listedField(
	'Custom Field Name or ID',
	'customFieldId',
	'getCustomFields',
	'The custom field.',
);

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
