import type { IDataObject } from 'n8n-workflow';

import type { OperationDef } from '../../../shared/definitions';
import {
	channelFilterField,
	contactDetailsField,
	contactIdField,
	nameFields,
} from '../../descriptions';
import { readDetails, readOptional } from '../../readers';
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
				...channelFilterField,
				description: 'Also update the contact on this connected number (its WPN… UUID)',
			},
			{ displayName: 'First Name', name: 'first_name', type: 'string', default: '' },
			...nameFields,
		]),
		{ ...contactDetailsField, description: 'When given, replaces the contact details' },
	],
	run: async (op) => {
		const p = op.params;
		const id = p.id('contactId');
		const body: IDataObject = {};
		readOptional(p, p.collection('updateFields'), body);
		const details = readDetails(p);
		if (details.length) {
			// The update page's field table says `contact_details`; create's examples (and the
			// create seed) send `contact_detail` (developers.2chat.co/docs/API/Contacts/update-contact,
			// …/create-contact; audit T4). No source settles it, so both names carry the same list.
			body.contact_details = details;
			body.contact_detail = details;
		}
		if (Object.keys(body).length === 0) {
			throw p.required('updateFields', 'Add at least one field to update.');
		}
		const response = await op.request<IDataObject>({
			method: 'PUT',
			path: `/contacts/${id}`,
			body,
		});
		return (response.contact as IDataObject) ?? response;
	},
};
