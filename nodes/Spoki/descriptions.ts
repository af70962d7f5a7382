import type { INodeProperties } from 'n8n-workflow';

import { multipleValues, resourceLocator } from '../shared/descriptions';

/** Marketing consent values of a contact (MambuSRL/spoki_whatsapp src/Api/Contacts.php). */
export const CONTACT_STATUSES = ['Not Declared', 'Subscribed', 'Unsubscribed'] as const;

/** A recipient or contact phone, E.164. */
export function phoneField(
	description: string,
	name = 'phone',
	displayName = 'Phone',
): INodeProperties {
	return {
		displayName,
		name,
		type: 'string',
		required: true,
		default: '',
		placeholder: '+393331234567',
		description,
	};
}

/** Custom field values keyed by the field's code (`custom_fields: {CODE: "value"}`). */
export const customFieldsField = multipleValues(
	'Custom Fields',
	'customFields',
	'Add Custom Field',
	[
		{
			displayName: 'Field',
			name: 'field',
			values: [
				{
					displayName: 'Field Name or ID',
					name: 'code',
					type: 'options',
					typeOptions: { loadOptionsMethod: 'getCustomFieldCodes' },
					default: '',
					description:
						'The custom field, by its code (e.g. ORDER_ID). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
				},
				{
					displayName: 'Value',
					name: 'value',
					type: 'string',
					default: '',
				},
			],
		},
	],
);

/** Metadata passed through to Spoki as a JSON object. */
export const metadataField: INodeProperties = {
	displayName: 'Metadata',
	name: 'metadata',
	type: 'json',
	default: '',
	description:
		'A JSON object Spoki keeps with the message and returns in webhooks, e.g. {"order_id": 42}',
};

export const firstNameField: INodeProperties = {
	displayName: 'First Name',
	name: 'firstName',
	type: 'string',
	default: '',
};

export const lastNameField: INodeProperties = {
	displayName: 'Last Name',
	name: 'lastName',
	type: 'string',
	default: '',
};

export const emailField: INodeProperties = {
	displayName: 'Email',
	name: 'email',
	type: 'string',
	placeholder: 'name@email.com',
	default: '',
};

export const languageField: INodeProperties = {
	displayName: 'Language',
	name: 'language',
	type: 'string',
	default: '',
	placeholder: 'it',
	description: 'Language code of the contact, e.g. it or en',
};

export const statusField: INodeProperties = {
	displayName: 'Status',
	name: 'status',
	type: 'options',
	options: CONTACT_STATUSES.map((s) => ({ name: s, value: s })),
	default: 'Not Declared',
	description: 'Marketing consent of the contact',
};

/** A contact's optional details, as the contact and list forms show them. */
export const contactDetailFields = [emailField, firstNameField, languageField, lastNameField];

/**
 * A Resource Locator for a numeric Spoki id: "From List" (searched and paged
 * by `searchMethod` in methods/listSearch.ts, the default) or "By ID".
 */
export function idLocator(o: {
	displayName: string;
	name: string;
	searchMethod: string;
	placeholder: string;
	description: string;
}): INodeProperties {
	return resourceLocator({ ...o, regex: '^\\d+$', regexError: 'A Spoki ID is a number' });
}

export { simplifyField } from '../shared/descriptions';
