import type { OperationDef } from '../../../shared/operation';
import { API, numericId } from '../../provider';
import { ticketIdField } from './common';

export const get: OperationDef = {
	value: 'get',
	name: 'Get',
	action: 'Get a ticket',
	description: 'Get a ticket by its ID',
	properties: [ticketIdField],
	run: async (op) =>
		await op.request({
			method: 'GET',
			path: `${API}/tickets/${numericId(op.params, 'ticketId')}/`,
		}),
};
