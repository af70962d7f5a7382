import type { IDataObject } from 'n8n-workflow';

import type { OperationDef } from '../../../shared/definitions';
import { contactAttributesField, contactIdField, labelNamesField } from '../../descriptions';
import { locatorKey, readAttributes, readLabels } from '../../readers';
import { unwrap } from '../../provider';
import { readNames } from './common';
import { updateFields } from '../../../shared/descriptions';

export const update: OperationDef = {
	value: 'update',
	name: 'Update',
	action: 'Update a contact',
	description: 'Change the fields of a contact; fields left out stay as they are',
	properties: [
		contactIdField,
		updateFields([
			{
				displayName: 'Email',
				name: 'email',
				type: 'string',
				placeholder: 'name@email.com',
				default: '',
			},
			{ displayName: 'First Name', name: 'firstName', type: 'string', default: '' },
			{
				...labelNamesField,
				description:
					'Labels to assign, by name; they replace the contact\'s labels. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
			{ displayName: 'Last Name', name: 'lastName', type: 'string', default: '' },
			{
				displayName: 'Phone Number',
				name: 'phoneNumber',
				type: 'string',
				default: '',
				placeholder: '+14155550123',
				description: 'A new number, in international format with + and the country code',
			},
		]),
		{
			...contactAttributesField,
			description: 'Attribute values to set; other attributes stay as they are',
		},
	],
	// Writes to the same contact go out one after the other, in item order, even in parallel.
	recipient: (op) => locatorKey(op.params.raw('contactId', '')),
	run: async (op) => {
		const p = op.params;
		const id = p.id('contactId');
		const fields = p.collection('updateFields');
		const body: IDataObject = {};
		readNames(p, fields, body);
		// Pipedream's update-contact.mjs sends phoneNumber with PUT /contacts/{id}.
		if (fields.phoneNumber !== undefined)
			body.phoneNumber = p.checkText('phoneNumber', fields.phoneNumber, {
				required: true,
				phone: true,
			});
		if (fields.labels !== undefined) body.labels = readLabels(p, fields.labels);
		const attributes = readAttributes(p);
		if (attributes.length) body.attributes = attributes;
		if (Object.keys(body).length === 0)
			throw p.required('updateFields', 'Add at least one field to update.');
		return unwrap(await op.request({ method: 'PUT', path: `/contacts/${id}`, body }));
	},
};
