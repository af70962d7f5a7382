import type { INodeProperties } from 'n8n-workflow';

import { choices, multipleValues, resourceLocator } from '../shared/descriptions';
import type { LocatorSpec } from '../shared/descriptions';

/** E.164 typed by hand: `+`, then 7 to 15 digits; spaces, dashes, dots and brackets allowed. */
const PHONE_REGEX = '^\\+[0-9 ().\\-]{7,24}$';

/** A Resource Locator: "From List" (searchable and paged, the default) or a typed value. */
function locator(o: LocatorSpec & { byLabel: string; placeholder: string; description: string }) {
	return resourceLocator({ listPlaceholder: `Select a ${o.displayName.toLowerCase()}…`, ...o });
}

/** The connected WhatsApp number a request acts for (its phone number, which 2Chat's paths and bodies take). */
export const fromNumberField = locator({
	displayName: 'From Number',
	name: 'fromNumber',
	searchMethod: 'searchNumbers',
	byLabel: 'By Number',
	placeholder: '+14155550123',
	description: 'One of your connected WhatsApp numbers, in international format',
	regex: PHONE_REGEX,
	regexError: 'Enter the number in international format, like +14155550123',
});

/** A connected number by its WPN… UUID (channel). */
export const channelField = locator({
	displayName: 'Channel',
	name: 'channelUuid',
	searchMethod: 'searchChannels',
	byLabel: 'By ID',
	placeholder: 'WPN…',
	description: 'A connected WhatsApp number (its WPN… UUID)',
});

/** Optional channel filter inside a collection: a plain UUID (collections cannot hold a Resource Locator's list mode reliably). */
export const channelFilterField: INodeProperties = {
	displayName: 'Channel ID',
	name: 'channel_uuid',
	type: 'string',
	default: '',
	placeholder: 'WPN…',
	description: 'UUID of a connected number (see Number › Get Many)',
};

export const groupField = locator({
	displayName: 'Group',
	name: 'groupUuid',
	searchMethod: 'searchGroups',
	byLabel: 'By ID',
	placeholder: 'WGP…',
	description: 'A WhatsApp group of the chosen From Number (WGP… UUID)',
	dependsOn: ['fromNumber.value'],
});

export const contactIdField = locator({
	displayName: 'Contact',
	name: 'contactId',
	searchMethod: 'searchContacts',
	byLabel: 'By ID',
	placeholder: 'CON…',
	description: 'The contact, picked from the list or by its UUID',
});

/** A WhatsApp Business API number, by its phone number (what `/waba/send-message` takes). */
export const wabaNumberField = locator({
	displayName: 'WABA Number',
	name: 'wabaNumber',
	searchMethod: 'searchWabaNumbers',
	byLabel: 'By Number',
	placeholder: '+16173518454',
	description: 'One of your WhatsApp Business API numbers connected to 2Chat',
	regex: PHONE_REGEX,
	regexError: 'Enter the number in international format, like +16173518454',
});

export const templateField = locator({
	displayName: 'Template',
	name: 'template',
	searchMethod: 'searchTemplates',
	byLabel: 'By ID',
	placeholder: 'TMP…',
	description:
		'An approved template of the chosen WABA number (only approved templates can be sent)',
	dependsOn: ['wabaNumber.value'],
});

/** A recipient phone number typed in international format. */
export function toNumberField(extra: Partial<INodeProperties> = {}): INodeProperties {
	return {
		displayName: 'To Number',
		name: 'toNumber',
		type: 'string',
		required: true,
		default: '',
		placeholder: '+14155550123',
		description: 'Recipient in international format',
		...extra,
	};
}

export { simplifyField } from '../shared/descriptions';

export const contactDetailsField = multipleValues(
	'Contact Details',
	'contactDetails',
	'Add Detail',
	[
		{
			displayName: 'Detail',
			name: 'detail',
			values: [
				{
					displayName: 'Type',
					name: 'type',
					type: 'options',
					options: choices({ Address: 'A', Email: 'E', Phone: 'PH', 'WhatsApp Phone': 'WAPH' }),
					default: 'WAPH',
				},
				{ displayName: 'Value', name: 'value', type: 'string', default: '' },
			],
		},
	],
);

export const nameFields: INodeProperties[] = [
	{ displayName: 'Last Name', name: 'last_name', type: 'string', default: '' },
	{ displayName: 'Profile Picture URL', name: 'profile_pic_url', type: 'string', default: '' },
];
