import type { IDataObject } from 'n8n-workflow';

import type { OperationDef } from '../../../shared/operation';
import { contactAttributesField, labelNamesField, phoneNumberField } from '../../descriptions';
import { readAttributes, readLabels } from '../../readers';
import { unwrap } from '../../provider';
import { readNames } from './common';

export const create: OperationDef = {
	value: 'create',
	name: 'Create',
	action: 'Create a contact',
	description:
		'Create a contact with a phone number, and optionally names, email, labels and attributes',
	properties: [
		phoneNumberField,
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				{
					displayName: 'Email',
					name: 'email',
					type: 'string',
					placeholder: 'name@email.com',
					default: '',
				},
				{ displayName: 'First Name', name: 'firstName', type: 'string', default: '' },
				labelNamesField,
				{ displayName: 'Last Name', name: 'lastName', type: 'string', default: '' },
			],
		},
		contactAttributesField,
	],
	run: async (op) => {
		const p = op.params;
		const body: IDataObject = {
			phoneNumber: p.string('phoneNumber', { required: true, phone: true }),
		};
		const fields = p.collection('additionalFields');
		readNames(p, fields, body);
		if (fields.labels !== undefined) {
			const labels = readLabels(p, fields.labels);
			if (labels.length) body.labels = labels;
		}
		const attributes = readAttributes(p);
		if (attributes.length) body.attributes = attributes;
		return unwrap(await op.request({ method: 'POST', path: '/contacts', body }));
	},
};
