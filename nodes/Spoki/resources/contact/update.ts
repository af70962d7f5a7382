import type { IDataObject } from 'n8n-workflow';

import type { OperationDef } from '../../../shared/operation';
import { customFieldsField, readCustomFields } from '../../fields';
import { API, numericId } from '../../provider';
import { contactIdField, emailField, firstNameField, languageField, lastNameField, readContactFields } from './fields';

export const update: OperationDef = {
	value: 'update',
	name: 'Update',
	action: 'Update a contact',
	description: 'Change fields of a contact by its ID; fields left out stay as they are',
	properties: [
		contactIdField,
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				emailField,
				firstNameField,
				{
					displayName: 'Is Blocked',
					name: 'isBlocked',
					type: 'boolean',
					default: false,
					description: 'Whether the contact is blocked',
				},
				languageField,
				lastNameField,
				{
					displayName: 'Phone',
					name: 'phone',
					type: 'string',
					default: '',
					placeholder: '+393331234567',
					description:
						'New phone number in international format. Spoki expects the phone on every update: when left out, the node reads the current one first.',
				},
			],
		},
		customFieldsField,
	],
	run: async (op) => {
		const p = op.params;
		const id = numericId(p, 'contactId');
		const body: IDataObject = {};
		readContactFields(p, p.collection('updateFields'), body);
		const customFields = readCustomFields(p);
		if (customFields) body.custom_fields = customFields;
		if (Object.keys(body).length === 0) {
			throw p.required('updateFields', 'Add at least one field or custom field to update.');
		}
		const path = `${API}/contacts/${id}/`;
		if (body.phone === undefined) {
			// Spoki's PATCH wants the phone even when it does not change.
			const current = await op.request<IDataObject>({ method: 'GET', path });
			if (current && current.phone) body.phone = current.phone;
		}
		return await op.request({ method: 'PATCH', path, body: { phone: body.phone, ...body } });
	},
};
