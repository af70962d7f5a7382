import type { OperationDef } from '../../../shared/definitions';
import { endpoint } from '../../provider';
import { contactByFields, contactQuery } from './common';

export const deleteContact: OperationDef = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a contact',
	description: 'Delete one contact by its UUID or one of its URNs',
	properties: contactByFields,
	run: async (op) => {
		const qs = await contactQuery(op);
		await op.request({ method: 'DELETE', path: endpoint('contacts'), qs });
		return { deleted: true, ...qs };
	},
};
