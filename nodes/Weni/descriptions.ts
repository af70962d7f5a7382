import type { INodeProperties } from 'n8n-workflow';

/** One contact group, valued by UUID. */
export const groupField: INodeProperties = {
	displayName: 'Group Name or ID',
	name: 'group',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getGroups' },
	required: true,
	default: '',
	description:
		'A contact group of the workspace. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

/** One group a contact can be put in or taken out of: smart groups are not offered (see groupsField). */
export const staticGroupField: INodeProperties = {
	...groupField,
	typeOptions: { loadOptionsMethod: 'getStaticGroups' },
	description:
		'A contact group of the workspace (smart groups are filled by their query and cannot be chosen). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

/**
 * Several contact groups, valued by UUID, for writes that set a contact's
 * groups: smart (query) groups are not offered, because RapidPro refuses them
 * there (ContactGroupField(allow_dynamic=False) in temba/api/v2/serializers.py
 * of weni-ai/flows and weni-ai/rapidpro).
 */
export const groupsField: INodeProperties = {
	displayName: 'Group Names or IDs',
	name: 'groups',
	type: 'multiOptions',
	typeOptions: { loadOptionsMethod: 'getStaticGroups' },
	default: [],
	description:
		'Contact groups of the workspace (smart groups are filled by their query and cannot be chosen). Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

/** Recipients of a broadcast or flow start: any group, smart ones included. */
export const recipientGroupsField: INodeProperties = {
	...groupsField,
	typeOptions: { loadOptionsMethod: 'getGroups' },
	description:
		'Contact groups of the workspace, smart groups included. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

/** A contact field, valued by its key. */
export const fieldKeyField: INodeProperties = {
	displayName: 'Field Name or ID',
	name: 'key',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getFields' },
	required: true,
	default: '',
	description:
		'A contact field, by its key (e.g. nick_name). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

export const flowField: INodeProperties = {
	displayName: 'Flow Name or ID',
	name: 'flow',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getFlows' },
	required: true,
	default: '',
	description:
		'An active flow of the workspace. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

export const labelField: INodeProperties = {
	displayName: 'Label Name or ID',
	name: 'label',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getLabels' },
	required: true,
	default: '',
	description:
		'A message label of the workspace. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

/** Contact field value types the API takes (`type`). */
export const FIELD_TYPES = [
	{ name: 'Date & Time', value: 'datetime' },
	{ name: 'District', value: 'district' },
	{ name: 'Number', value: 'number' },
	{ name: 'State', value: 'state' },
	{ name: 'Text', value: 'text' },
	{ name: 'Ward', value: 'ward' },
];

export const afterField: INodeProperties = {
	displayName: 'Modified After',
	name: 'after',
	type: 'dateTime',
	default: '',
	description: 'Only items modified (or created) on or after this time',
};

export const beforeField: INodeProperties = {
	displayName: 'Modified Before',
	name: 'before',
	type: 'dateTime',
	default: '',
	description: 'Only items modified (or created) on or before this time',
};

export const urnsListField: INodeProperties = {
	displayName: 'URNs',
	name: 'urns',
	type: 'string',
	default: '',
	placeholder: 'whatsapp:5582999990000, tel:+14155550123',
	description:
		'Contact URNs, separated by commas or new lines (at most 100); contacts that do not exist yet are created',
};

export const contactsListField: INodeProperties = {
	displayName: 'Contacts',
	name: 'contacts',
	type: 'string',
	default: '',
	placeholder: '09d23a05-47fe-11e4-bfe9-b8f6b119e9ab',
	description:
		'Contact UUIDs or URNs of existing contacts, separated by commas or new lines (at most 100)',
};

/** Attachments, binary files and quick replies: the options messages and broadcasts carry. */
export const messageOptions: INodeProperties[] = [
	{
		displayName: 'Attachments',
		name: 'attachments',
		type: 'string',
		default: '',
		placeholder: 'image/jpeg:https://example.com/photo.jpg',
		description:
			'Public files as content-type:URL (or RapidPro media UUIDs), separated by commas or new lines; with Input Binary Field at most 10 in all. RapidPro takes only media it stores: give a file of the workflow instead.',
	},
	{
		displayName: 'Input Binary Field',
		name: 'binaryProperties',
		type: 'string',
		default: '',
		placeholder: 'data',
		hint: 'The name of the input field containing the binary file data to be attached',
		description:
			'Binary fields of the input item to attach, separated by commas; each file is uploaded to Weni first (at most 25 MB; file name and type come from the binary data)',
	},
	{
		displayName: 'Quick Replies',
		name: 'quickReplies',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Quick Reply',
		default: {},
		description: 'Reply buttons (at most 10)',
		options: [
			{
				displayName: 'Reply',
				name: 'reply',
				values: [
					{
						displayName: 'Text',
						name: 'text',
						type: 'string',
						default: '',
						description: 'The reply text (at most 64 characters)',
					},
					{
						displayName: 'Extra',
						name: 'extra',
						type: 'string',
						default: '',
						description:
							'A second line shown under the reply, at most 64 characters (RapidPro only)',
					},
				],
			},
		],
	},
];

/** Text plus optional attachments and quick replies: what messages and broadcasts carry. */
export const messageContentFields: INodeProperties[] = [
	{
		displayName: 'Text',
		name: 'text',
		type: 'string',
		typeOptions: { rows: 4 },
		default: '',
		description: 'The message (at most 4096 characters); required unless attachments are given',
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: messageOptions,
	},
];
