import type { INodeProperties } from 'n8n-workflow';

/** A Heyy channel (a connected WhatsApp number, Instagram account, ...). */
export const channelField: INodeProperties = {
	displayName: 'Channel Name or ID',
	name: 'channelId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getChannels' },
	required: true,
	default: '',
	description:
		'The Heyy channel to use. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

export const contactIdField: INodeProperties = {
	displayName: 'Contact ID',
	name: 'contactId',
	type: 'string',
	required: true,
	default: '',
	description: 'The contact ID, as returned by Create or List',
};

export const phoneNumberField: INodeProperties = {
	displayName: 'Phone Number',
	name: 'phoneNumber',
	type: 'string',
	required: true,
	default: '',
	placeholder: '+14155550123',
	description: 'In international format, with + and the country code',
};

/** A contact attribute, valued by its external ID (what contact bodies carry). */
export const attributeField: INodeProperties = {
	displayName: 'Attribute Name or ID',
	name: 'externalId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getAttributes' },
	required: true,
	default: '',
	description:
		'The custom attribute, by its external ID. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

/** Label names for a contact (Heyy assigns labels by name). */
export const labelNamesField: INodeProperties = {
	displayName: 'Label Names or IDs',
	name: 'labels',
	type: 'multiOptions',
	typeOptions: { loadOptionsMethod: 'getLabelNames' },
	default: [],
	description:
		'Labels to assign, by name. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

/** Attribute values for a contact: `attributes: [{externalId, value}]`. */
export const contactAttributesField: INodeProperties = {
	displayName: 'Attributes',
	name: 'attributes',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Attribute',
	default: {},
	options: [
		{
			displayName: 'Attribute',
			name: 'attribute',
			values: [
				{ ...attributeField, required: false },
				{ displayName: 'Value', name: 'value', type: 'string', default: '' },
			],
		},
	],
};

/** Template or automation variables: `variables: [{name, value}]`. */
export function variablesField(description: string): INodeProperties {
	return {
		displayName: 'Variables',
		name: 'variables',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Variable',
		default: {},
		description,
		options: [
			{
				displayName: 'Variable',
				name: 'variable',
				values: [
					{ displayName: 'Name', name: 'name', type: 'string', default: '' },
					{ displayName: 'Value', name: 'value', type: 'string', default: '' },
				],
			},
		],
	};
}

export const scheduledAtField: INodeProperties = {
	displayName: 'Scheduled At',
	name: 'scheduledAt',
	type: 'dateTime',
	default: '',
	description:
		"When Heyy should send it; leave empty to send now. A time without a timezone is read in the workflow's timezone.",
};

/** Ascending or descending, for Heyy lists that take `order`. */
export const sortOrderField: INodeProperties = {
	displayName: 'Sort Order',
	name: 'order',
	type: 'options',
	options: [
		{ name: 'Ascending', value: 'ASC' },
		{ name: 'Descending', value: 'DESC' },
	],
	default: 'DESC',
};
