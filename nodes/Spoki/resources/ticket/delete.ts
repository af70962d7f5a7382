import type { OperationDef } from '../../../shared/operation';
import { API, numericId } from '../../provider';
import { ticketIdField } from './common';

export const deleteTicket: OperationDef = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a ticket',
	description: 'Delete a ticket by its ID',
	properties: [ticketIdField],
	run: async (op) => {
		const id = numericId(op.params, 'ticketId');
		await op.request({ method: 'DELETE', path: `${API}/tickets/${id}/` });
		return { deleted: true, id: Number(id) };
	},
};
