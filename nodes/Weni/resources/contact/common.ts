import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { OperationContext } from '../../../shared/definitions';
import type { Params } from '../../../shared/params';
import { multipleValues } from '../../../shared/descriptions';
import { contactUuidField, groupsField } from '../../descriptions';
import { checkSchemes, checkUrn, uuidOf } from '../../readers';

const URN_SCHEMES = ['tel', 'whatsapp', 'mailto', 'ext', 'urn'];

export const urnsField = multipleValues(
	'URNs',
	'urns',
	'Add URN',
	[
		{
			displayName: 'URN',
			name: 'urn',
			values: [
				{
					displayName: 'Scheme',
					name: 'scheme',
					type: 'options',
					options: [
						{
							name: 'Email (Mailto)',
							value: 'mailto',
							description: 'An email address, for sending only',
						},
						{
							name: 'External ID (Ext)',
							value: 'ext',
							description: 'Any identifier of another system',
						},
						{
							name: 'Full URN (Any Scheme)',
							value: 'urn',
							description: 'A complete URN such as telegram:12345',
						},
						{
							name: 'Phone (Tel)',
							value: 'tel',
							description: 'SMS and calls: + and the country code',
						},
						{
							name: 'WhatsApp',
							value: 'whatsapp',
							description: 'Country code and number, digits only',
						},
					],
					default: 'whatsapp',
				},
				{
					displayName: 'URN Value',
					name: 'urnValue',
					type: 'string',
					default: '',
					placeholder: '5582999990000',
					description: 'The number, address or ID; for Full URN the whole URN',
				},
			],
		},
	],
	{
		description:
			'How the contact is reached: phone, WhatsApp, email, or an external ID (at most 100)',
	},
);

export const fieldValuesField = multipleValues(
	'Contact Field Values',
	'fieldValues',
	'Add Field Value',
	[
		{
			displayName: 'Field',
			name: 'field',
			values: [
				{
					displayName: 'Field Name or ID',
					name: 'key',
					type: 'options',
					typeOptions: { loadOptionsMethod: 'getFields' },
					default: '',
					description:
						'The field, by its key. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
				},
				{ displayName: 'Field Value', name: 'fieldValue', type: 'string', default: '' },
			],
		},
	],
	{
		description:
			'Values of contact fields that already exist (at most 100); an empty value clears the field',
	},
);

/** Name, language and groups: the optional contact properties of create and update. */
export const contactOptions: INodeProperties[] = [
	{
		...groupsField,
		description:
			'Contact groups (not smart groups); on update they replace the groups of the contact. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Language Name or ID',
		name: 'language',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getLanguages' },
		default: '',
		description:
			'Preferred language, one of the workspace\'s languages (ISO 639-3, e.g. por). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
];

/** The contact's name: the field filled most, so shown rather than kept in a collection. */
export const nameField: INodeProperties = {
	displayName: 'Name',
	name: 'name',
	type: 'string',
	default: '',
	placeholder: 'Manu Silva',
	description: 'Full name (at most 64 characters)',
};

/** Reads the URNs collection, each checked by its scheme (and by the server's own schemes). */
export async function readUrns(op: OperationContext): Promise<string[]> {
	const p = op.params;
	const entries = p.entries('urns', 'urn');
	if (entries.length > 100) {
		throw p.invalid('urns', `can hold at most 100 entries (got ${entries.length})`);
	}
	const urns = entries.map((entry) => {
		const scheme = p.checkText('scheme', entry.scheme, { required: true, oneOf: URN_SCHEMES });
		const value = p.checkText('urnValue', entry.urnValue, { required: true });
		if (scheme === 'urn') return checkUrn(p, 'urnValue', value);
		const path = value.toLowerCase().startsWith(`${scheme}:`)
			? value.slice(scheme.length + 1)
			: value;
		return checkUrn(p, 'urnValue', `${scheme}:${path}`, undefined, true);
	});
	await checkSchemes(op, 'urnValue', urns);
	return urns;
}

/** Reads the Fields collection into RapidPro's `{key: value}`. */
export function readFieldValues(p: Params): IDataObject | undefined {
	const entries = p.entries('fieldValues', 'field');
	if (entries.length === 0) return undefined;
	if (entries.length > 100) {
		throw p.invalid('fieldValues', `can hold at most 100 entries (got ${entries.length})`);
	}
	const fields: IDataObject = {};
	for (const entry of entries) {
		const key = p.checkText('key', entry.key, {
			required: true,
			pattern: { regex: /^[a-z][a-z0-9_]*$/, hint: 'must be a field key such as nick_name' },
		});
		const value = entry.fieldValue;
		fields[key] =
			value === undefined || value === null
				? ''
				: typeof value === 'object'
					? JSON.stringify(value)
					: String(value);
	}
	return fields;
}

/** Copies the name and the collection's language and groups into a contact body. */
export function readContactOptions(p: Params, options: IDataObject, body: IDataObject): void {
	// The name was in the collection before it was shown as its own field.
	const name = p.checkText('name', p.raw('name', '') || options.name, { maxLength: 64 });
	if (name) body.name = name;
	if (options.language !== undefined && options.language !== '') {
		body.language = p.checkText('language', options.language, {
			required: true,
			pattern: { regex: /^[a-z]{3}$/, hint: 'must be a three-letter ISO 639-3 code such as por' },
		});
	}
	if (options.groups !== undefined) body.groups = p.list('groups', options.groups);
}

/** How a single contact is addressed: `?uuid=` or `?urn=`, as RapidPro's contacts endpoint does. */
export const contactByFields: INodeProperties[] = [
	{
		displayName: 'Contact By',
		name: 'by',
		type: 'options',
		options: [
			{ name: 'UUID', value: 'uuid' },
			{ name: 'URN', value: 'urn', description: 'One of its URNs, such as whatsapp:5582999990000' },
		],
		default: 'uuid',
	},
	{ ...contactUuidField, displayOptions: { show: { by: ['uuid'] } } },
	{
		displayName: 'Contact URN',
		name: 'contactUrn',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'whatsapp:5582999990000',
		description: 'Scheme and address: tel:+…, whatsapp:…, mailto:… or ext:…',
		displayOptions: { show: { by: ['urn'] } },
	},
];

/** The query that addresses the contact: `{uuid}` or `{urn}`. */
export async function contactQuery(op: OperationContext): Promise<IDataObject> {
	const p = op.params;
	if (p.readText('by', { oneOf: ['uuid', 'urn'] }) === 'urn') {
		const urn = checkUrn(p, 'contactUrn', p.raw('contactUrn', ''));
		await checkSchemes(op, 'contactUrn', [urn]);
		return { urn };
	}
	return { uuid: uuidOf(p, 'contactUuid') };
}
