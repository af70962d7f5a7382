import type { IDataObject } from 'n8n-workflow';

import type { OperationDef } from '../../../shared/definitions';
import { API } from '../../provider';
import { numericId } from '../../readers';
import { readTicketFields, ticketFields, ticketIdField } from './common';
import { updateFields } from '../../../shared/descriptions';

export const update: OperationDef = {
	value: 'update',
	name: 'Update',
	action: 'Update a ticket',
	description: 'Change the status, priority or other fields of a ticket',
	properties: [
		ticketIdField,
		updateFields([
			{
				displayName: 'Contact Phone',
				name: 'contactPhone',
				type: 'string',
				default: '',
				placeholder: '+393331234567',
			},
			...ticketFields,
			{ displayName: 'Title', name: 'title', type: 'string', default: '' },
		]),
	],
	run: async (op) => {
		const p = op.params;
		const id = numericId(p, 'ticketId');
		const body: IDataObject = {};
		readTicketFields(p, p.collection('updateFields'), body);
		if (Object.keys(body).length === 0)
			throw p.required('updateFields', 'Add at least one field to update.');
		return await op.request({ method: 'PATCH', path: `${API}/tickets/${id}/`, body });
	},
};
