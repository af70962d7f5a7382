import { locatorKey } from '../../readers';
import type { OperationDef } from '../../../shared/operation';
import { contactIdField } from '../../descriptions';

export const deleteContact: OperationDef = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a contact',
	description: 'Delete a contact by its ID',
	properties: [contactIdField],
	// Writes to the same contact go out one after the other, in item order, even in parallel.
	recipient: (op) => locatorKey(op.params.raw('contactId', '')),
	run: async (op) => {
		const id = op.params.id('contactId');
		await op.request({ method: 'DELETE', path: `/contacts/${id}` });
		return { deleted: true, id: decodeURIComponent(id) };
	},
};
