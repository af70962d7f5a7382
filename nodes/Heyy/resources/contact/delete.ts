import type { OperationDef } from '../../../shared/definitions';
import { contactIdField } from '../../descriptions';
import { locatorKey } from '../../readers';
import { records } from '../../operations';

export const deleteContact: OperationDef = {
	...records.delete(
		'Delete a contact',
		'Delete a contact by its ID',
		[contactIdField],
		(p) => `/contacts/${p.id('contactId')}`,
	),
	// Writes to the same contact go out one after the other, in item order, even in parallel.
	recipient: (op) => locatorKey(op.params.raw('contactId', '')),
};
