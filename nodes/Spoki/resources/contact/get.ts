import type { OperationDef } from '../../../shared/operation';
import { API, numericId } from '../../provider';
import { contactIdField } from './common';

export const get: OperationDef = {
	value: 'get',
	name: 'Get',
	action: 'Get a contact',
	description: 'Get one contact with its custom fields, tags and lists',
	properties: [contactIdField],
	run: async (op) =>
		await op.request({
			method: 'GET',
			path: `${API}/contacts/${numericId(op.params, 'contactId')}/`,
		}),
};
