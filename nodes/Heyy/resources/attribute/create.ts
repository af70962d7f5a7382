import type { IDataObject } from 'n8n-workflow';

import type { OperationDef } from '../../../shared/definitions';
import { unwrap } from '../../provider';
import { additionalFields, textField } from '../../../shared/descriptions';

const VISIBILITY = [
	'isVisibleContactCreate',
	'isVisibleContactsTable',
	'isVisibleQuickEdit',
] as const;

export const create: OperationDef = {
	value: 'create',
	name: 'Create',
	action: 'Create a contact attribute',
	description: 'Create a custom attribute that contacts can carry',
	properties: [
		textField('Name', 'name', 'Shown in the Heyy app', { required: true }),
		{
			displayName: 'External ID',
			name: 'externalId',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'customer_tier',
			description:
				'Key used by the API and integrations: a letter, then letters, digits or underscores',
		},
		additionalFields([
			{ displayName: 'Description', name: 'description', type: 'string', default: '' },
			{
				displayName: 'Visible When Creating a Contact',
				name: 'isVisibleContactCreate',
				type: 'boolean',
				default: false,
				description: 'Whether the attribute is shown in the new-contact form',
			},
			{
				displayName: 'Visible in Contacts Table',
				name: 'isVisibleContactsTable',
				type: 'boolean',
				default: false,
				description: 'Whether the attribute is a column of the contacts table',
			},
			{
				displayName: 'Visible in Quick Edit',
				name: 'isVisibleQuickEdit',
				type: 'boolean',
				default: false,
				description: 'Whether the attribute is shown in the quick edit panel',
			},
		]),
	],
	run: async (op) => {
		const p = op.params;
		const body: IDataObject = {
			name: p.readText('name', { required: true, maxLength: 100 }),
			externalId: p.readText('externalId', {
				required: true,
				maxLength: 100,
				pattern: {
					regex: /^[A-Za-z][A-Za-z0-9_]*$/,
					hint: 'must start with a letter and hold only letters, digits and underscores',
				},
			}),
		};
		const fields = p.collection('additionalFields');
		const description = p.checkText('description', fields.description, { maxLength: 500 });
		if (description) body.description = description;
		for (const key of VISIBILITY) {
			if (fields[key] === undefined) continue;
			if (typeof fields[key] !== 'boolean') throw p.invalid(key, 'must be true or false');
			body[key] = fields[key];
		}
		return unwrap(await op.request({ method: 'POST', path: '/attributes', body }));
	},
};
