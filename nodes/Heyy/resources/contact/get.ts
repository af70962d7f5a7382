import type { OperationDef } from '../../../shared/operation';
import { contactIdField } from '../../descriptions';
import { unwrap } from '../../provider';

export const get: OperationDef = {
	value: 'get',
	name: 'Get',
	action: 'Get a contact',
	description: 'Get a contact with its labels and attributes',
	properties: [contactIdField],
	run: async (op) => {
		const id = op.params.id('contactId');
		return unwrap(await op.request({ method: 'GET', path: `/contacts/${id}` }));
	},
};
