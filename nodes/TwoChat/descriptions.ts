import type { INodeProperties } from 'n8n-workflow';

/** The connected WhatsApp number a request acts for, picked from the account's numbers. */
export const fromNumberField: INodeProperties = {
	displayName: 'From Number Name or ID',
	name: 'fromNumber',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getNumbers' },
	required: true,
	default: '',
	description:
		'One of your connected WhatsApp numbers, in international format. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

export const channelField: INodeProperties = {
	displayName: 'Channel Name or ID',
	name: 'channelUuid',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getChannels' },
	default: '',
	description:
		'Limit to contacts of this connected number (its WPN… UUID). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

export const groupField: INodeProperties = {
	displayName: 'Group Name or ID',
	name: 'groupUuid',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getGroups', loadOptionsDependsOn: ['fromNumber'] },
	required: true,
	default: '',
	description:
		'A WhatsApp group (WGP… UUID) of the chosen number. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

export const contactIdField: INodeProperties = {
	displayName: 'Contact ID',
	name: 'contactId',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'CON…',
	description: 'The contact UUID, as returned by Create or List',
};

export const contactDetailsField: INodeProperties = {
	displayName: 'Contact Details',
	name: 'contactDetails',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Detail',
	default: {},
	options: [
		{
			displayName: 'Detail',
			name: 'detail',
			values: [
				{
					displayName: 'Type',
					name: 'type',
					type: 'options',
					options: [
						{ name: 'Address', value: 'A' },
						{ name: 'Email', value: 'E' },
						{ name: 'Phone', value: 'PH' },
						{ name: 'WhatsApp Phone', value: 'WAPH' },
					],
					default: 'WAPH',
				},
				{ displayName: 'Value', name: 'value', type: 'string', default: '' },
			],
		},
	],
};

export const nameFields: INodeProperties[] = [
	{ displayName: 'Last Name', name: 'last_name', type: 'string', default: '' },
	{ displayName: 'Profile Picture URL', name: 'profile_pic_url', type: 'string', default: '' },
];
