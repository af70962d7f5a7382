import type { IDataObject } from 'n8n-workflow';

import { apiFailureOf, passOn } from '../../../shared/errors';
import type { OperationDef } from '../../../shared/definitions';
import {
	customFieldsField,
	emailField,
	firstNameField,
	languageField,
	lastNameField,
} from '../../descriptions';
import { numericId, readContactFields, readCustomFields } from '../../readers';
import { API } from '../../provider';
import { contactIdField } from './common';
import { updateFields } from '../../../shared/descriptions';

export const update: OperationDef = {
	value: 'update',
	name: 'Update',
	action: 'Update a contact',
	description: 'Change fields of a contact by its ID; fields left out stay as they are',
	properties: [
		contactIdField,
		updateFields([
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
				description: 'New phone number in international format',
			},
		]),
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
		// Spoki's collection PATCHes only the changed fields (MambuSRL/spoki_whatsapp
		// src/Api/Contacts.php updateContact, blockContact). Should Spoki want the phone
		// on every update after all, its 400 names `phone`: a refused PATCH changed
		// nothing, so the node reads the current phone and sends it once more.
		try {
			return await op.request({ method: 'PATCH', path, body });
		} catch (error) {
			const failure = apiFailureOf(error);
			const refusedForPhone =
				body.phone === undefined &&
				failure?.status === 400 &&
				!!failure.body &&
				typeof failure.body === 'object' &&
				'phone' in (failure.body as IDataObject);
			// The transport's own NodeApiError (Spoki's words, status), passed on unchanged.
			if (!refusedForPhone) throw passOn(error);
		}
		const current = await op.request<IDataObject>({ method: 'GET', path });
		return await op.request({ method: 'PATCH', path, body: { phone: current?.phone, ...body } });
	},
};
