import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { Params } from '../../../shared/params';
import type { FieldRules } from '../../../shared/validation';

/** 2Chat contact detail types and how each value is checked. */
const DETAIL_RULES: Record<string, FieldRules> = {
	WAPH: { phone: true },
	PH: { phone: true },
	E: { email: true },
	A: { maxLength: 500 },
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

/** Reads the Contact Details entries, checking each value by its type. */
export function readDetails(p: Params): IDataObject[] {
	const entries = (p.collection('contactDetails').detail ?? []) as IDataObject[];
	return entries.map((entry) => {
		const type = p.check('type', entry.type, { required: true, oneOf: Object.keys(DETAIL_RULES) });
		return {
			type,
			value: p.check('value', entry.value, { required: true, ...DETAIL_RULES[type] }),
		};
	});
}

/** Copies the optional name fields of a collection into a 2Chat body. */
export function readOptional(p: Params, fields: IDataObject, body: IDataObject): void {
	if (fields.first_name !== undefined)
		body.first_name = p.check('first_name', fields.first_name, { required: true });
	if (fields.last_name !== undefined) body.last_name = p.check('last_name', fields.last_name);
	if (fields.profile_pic_url)
		body.profile_pic_url = p.check('profile_pic_url', fields.profile_pic_url, { url: true });
	if (fields.channel_uuid) body.channel_uuid = p.check('channel_uuid', fields.channel_uuid);
}
