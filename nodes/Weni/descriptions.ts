import type { INodeProperties } from 'n8n-workflow';

import { multipleValues, optionsCollection, resourceLocator } from '../shared/descriptions';

const UUID_PATTERN = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

interface LocatorOptions {
	displayName: string;
	name: string;
	noun: string;
	searchMethod: string;
	description: string;
	/** The web page of one record, `<path>/<uuid>/` (a "By URL" mode), where RapidPro has one. */
	urlPath?: string;
	/** "By ID" takes more than a UUID (a contact's URN). */
	byIdLabel?: string;
	byIdPlaceholder?: string;
	byIdRegex?: string;
}

/**
 * A Resource Locator: "From List" (searchable, paged through listSearch; the
 * default), "By ID", and "By URL" where RapidPro has a page per record. The
 * operation reads `{value}` and, in URL mode, the UUID inside it (readers.ts uuidOf).
 */
function locator(o: LocatorOptions): INodeProperties {
	const byUrl = `https?://.+/${o.urlPath}/(${UUID_PATTERN})(?:[/?#].*)?`;
	return resourceLocator({
		displayName: o.displayName,
		name: o.name,
		searchMethod: o.searchMethod,
		description: o.description,
		listPlaceholder: `Select a ${o.noun}…`,
		byLabel: o.byIdLabel,
		placeholder: o.byIdPlaceholder ?? '6685e933-26e1-4363-a468-8f7268ab63a9',
		regex: o.byIdRegex ?? `^${UUID_PATTERN}$`,
		regexError: o.byIdRegex ? `Not a ${o.noun} UUID or URN` : `Not a ${o.noun} UUID`,
		url: o.urlPath
			? {
					placeholder: `https://flows.weni.ai/${o.urlPath}/6685e933-26e1-4363-a468-8f7268ab63a9/`,
					regex: byUrl,
					regexError: `Not a ${o.noun} URL`,
				}
			: undefined,
	});
}

// Record pages are smartmin's `<path>/<action>/<uuid>/` (nyaruka/rapidpro temba/flows/views.py
// FlowCRUDL.Editor, temba/contacts/views.py ContactCRUDL.Read and .Group); Weni Flows (a
// RapidPro fork) is assumed to keep them: guess.

/** One contact group (any, smart ones included), valued by UUID. */
export const groupField = locator({
	displayName: 'Group',
	name: 'group',
	noun: 'group',
	searchMethod: 'searchGroups',
	description: 'A contact group of the workspace',
	urlPath: 'contact/group',
});

/** One group a contact can be put in or taken out of: smart groups are not offered (see groupsField). */
export const staticGroupField = locator({
	displayName: 'Group',
	name: 'group',
	noun: 'group',
	searchMethod: 'searchStaticGroups',
	description:
		'A contact group of the workspace (smart groups are filled by their query and cannot be chosen)',
	urlPath: 'contact/group',
});

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

export const flowField = locator({
	displayName: 'Flow',
	name: 'flow',
	noun: 'flow',
	searchMethod: 'searchFlows',
	description: 'An active flow of the workspace',
	urlPath: 'flow/editor',
});

export const labelField = locator({
	displayName: 'Label',
	name: 'label',
	noun: 'label',
	searchMethod: 'searchLabels',
	description: 'A message label of the workspace',
});

/** A WhatsApp template synced to Weni Flows (templates.json, TemplatesEndpoint in weni-ai/flows views.py). */
export const templateField = locator({
	displayName: 'Template',
	name: 'template',
	noun: 'template',
	searchMethod: 'searchTemplates',
	description: 'An approved WhatsApp template of the workspace',
});

/**
 * One contact by UUID: from the list, by its UUID, or by the URL of its page.
 * Named apart from contactField: n8n checks a parameter by its name, so a
 * UUID-only "contact" would refuse a URN typed in the other.
 */
export const contactUuidField = locator({
	displayName: 'Contact',
	name: 'contactUuid',
	noun: 'contact',
	searchMethod: 'searchContacts',
	description: 'The contact: from the list, by its UUID, or by the URL of its page',
	urlPath: 'contact/read',
	byIdLabel: 'By UUID',
	byIdPlaceholder: '09d23a05-47fe-11e4-bfe9-b8f6b119e9ab',
});

/** One contact: from the list, by UUID or URN, or by the URL of its page. */
export const contactField = locator({
	displayName: 'Contact',
	name: 'contact',
	noun: 'contact',
	searchMethod: 'searchContacts',
	description: 'The contact, or one of its URNs such as whatsapp:5582999990000',
	urlPath: 'contact/read',
	byIdLabel: 'By UUID or URN',
	byIdPlaceholder: 'whatsapp:5582999990000',
	byIdRegex: `^(${UUID_PATTERN}|[a-zA-Z][a-zA-Z0-9]*:\\S+)$`,
});

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

/** Reply buttons of a message: text and an optional extra each. */
export const quickRepliesField = multipleValues(
	'Quick Replies',
	'quickReplies',
	'Add Quick Reply',
	[
		{
			displayName: 'Reply',
			name: 'reply',
			values: [
				{
					displayName: 'Reply Text',
					name: 'replyText',
					type: 'string',
					default: '',
					description: 'The reply text (at most 64 characters)',
				},
				{
					displayName: 'Reply Extra',
					name: 'replyExtra',
					type: 'string',
					default: '',
					description: 'A second line shown under the reply, at most 64 characters (RapidPro only)',
				},
			],
		},
	],
	{ description: 'Reply buttons (at most 10)' },
);

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
	quickRepliesField,
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
	optionsCollection(messageOptions),
];

export { simplifyField } from '../shared/descriptions';

/** A "<Thing> UUID" filter (read by `uuidQuery`). */
export function uuidFilter(thing: string): INodeProperties {
	return {
		displayName: `${thing} UUID`,
		name: 'uuid',
		type: 'string',
		default: '',
		description: `Only the ${thing.toLowerCase()} with this UUID`,
	};
}

/** "Created After" / "Created Before" of `things`: the `after` / `before` filters of an endpoint ordered by created_on. */
export function createdRange(things: string): INodeProperties[] {
	return [
		{
			displayName: 'Created After',
			name: 'after',
			type: 'dateTime',
			default: '',
			description: `Only ${things} created on or after this time`,
		},
		{
			displayName: 'Created Before',
			name: 'before',
			type: 'dateTime',
			default: '',
			description: `Only ${things} created on or before this time`,
		},
	];
}
