import type { OperationDef } from '../../../shared/operation';
import { API, numericId } from '../../provider';
import { contactIdField } from './common';

export const deleteContact: OperationDef = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a contact',
	description: 'Delete a contact by its ID',
	properties: [contactIdField],
	run: async (op) => {
		const id = numericId(op.params, 'contactId');
		await op.request({ method: 'DELETE', path: `${API}/contacts/${id}/` });
		return { deleted: true, id: Number(id) };
	},
};
