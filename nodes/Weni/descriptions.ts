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

/** Several contact groups, valued by UUID. */
export const groupsField: INodeProperties = {
	displayName: 'Group Names or IDs',
	name: 'groups',
	type: 'multiOptions',
	typeOptions: { loadOptionsMethod: 'getGroups' },
	default: [],
	description:
		'Contact groups of the workspace. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
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
	description: 'Contact UUIDs or URNs of existing contacts, separated by commas or new lines (at most 100)',
};

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
		options: [
			{
				displayName: 'Attachments',
				name: 'attachments',
				type: 'string',
				default: '',
				placeholder: 'image/jpeg:https://…/photo.jpg',
				description:
					'Media UUIDs (uploaded to Weni) or content-type:URL values, separated by commas or new lines (at most 10)',
			},
			{
				displayName: 'Quick Replies',
				name: 'quickReplies',
				type: 'string',
				default: '',
				placeholder: 'Yes, No',
				description: 'Reply buttons, separated by commas or new lines (at most 10)',
			},
		],
	},
];
