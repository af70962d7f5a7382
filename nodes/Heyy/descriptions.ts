import type { INodeProperties } from 'n8n-workflow';

import { choices, listedField, multipleValues, resourceLocator } from '../shared/descriptions';
import type { LocatorSpec } from '../shared/descriptions';

/** A Resource Locator: "From List" (searchable, the default) or "By ID". */
export function locator(o: LocatorSpec): INodeProperties {
	return resourceLocator({
		listPlaceholder: `Select a ${o.displayName.toLowerCase()}...`,
		placeholder: 'e.g. 3c90c3cc-0d44-4b50-8888-8dd25736052a',
		...o,
	});
}

/** A Heyy channel (a connected WhatsApp number, Instagram account, ...). */
export const channelField = locator({
	displayName: 'Channel',
	name: 'channelId',
	searchMethod: 'searchChannels',
	description: 'The Heyy channel to use',
});

/** A channel that sends WhatsApp messages: the list offers WhatsApp channels only. */
export const whatsAppChannelField = locator({
	displayName: 'Channel',
	name: 'channelId',
	searchMethod: 'searchWhatsAppChannels',
	description: 'The WhatsApp channel (number) that sends it',
});

export const contactIdField = locator({
	displayName: 'Contact',
	name: 'contactId',
	searchMethod: 'searchContacts',
	description: 'The contact; the list searches by name, phone number or email',
});

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
export const attributeField = listedField(
	'Attribute Name or ID',
	'externalId',
	'getAttributes',
	'The custom attribute, by its external ID.',
);

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
export const contactAttributesField = multipleValues('Attributes', 'attributes', 'Add Attribute', [
	{
		displayName: 'Attribute',
		name: 'attribute',
		values: [
			{ ...attributeField, required: false },
			{ displayName: 'Value', name: 'value', type: 'string', default: '' },
		],
	},
]);

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
	options: choices({ Ascending: 'ASC', Descending: 'DESC' }),
	default: 'DESC',
};

export { simplifyField } from '../shared/descriptions';

/** A webhook's channel filter (Heyy's webhook `channelId`): the action node's Create and the trigger. */
export const webhookChannelField: INodeProperties = {
	displayName: 'Channel Name or ID',
	name: 'channelId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getChannels' },
	default: '',
	description:
		'Only events of this channel; leave empty for every channel. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};
