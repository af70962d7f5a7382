import type { IDataObject } from 'n8n-workflow';

import type { OperationDef } from '../../../shared/definitions';
import { channelFilterField, contactDetailsField, nameFields } from '../../descriptions';
import { readDetails, readOptional } from '../../readers';
import { additionalFields } from '../../../shared/descriptions';

export const create: OperationDef = {
	value: 'create',
	name: 'Create',
	action: 'Create a contact',
	description: 'Create a contact with at least one phone, email or address',
	properties: [
		{ displayName: 'First Name', name: 'firstName', type: 'string', required: true, default: '' },
		{ ...contactDetailsField, required: true },
		additionalFields([
			{
				...channelFilterField,
				name: 'channel_uuid',
				description: 'Also save the contact to this connected number',
			},
			...nameFields,
		]),
	],
	run: async (op) => {
		const p = op.params;
		const body: IDataObject = {
			first_name: p.readText('firstName', { required: true, maxLength: 200 }),
		};
		const details = readDetails(p);
		if (details.length === 0) {
			throw p.required('contactDetails', 'Add at least one phone, email or address.');
		}
		body.contact_detail = details;
		readOptional(p, p.collection('additionalFields'), body);
		const response = await op.request<IDataObject>({ method: 'POST', path: '/contacts', body });
		return (response.contact as IDataObject) ?? response;
	},
};
