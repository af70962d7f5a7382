import { locatorKey } from '../../readers';
import type { OperationDef } from '../../../shared/definitions';
import { attributeField, contactIdField } from '../../descriptions';
import { unwrap } from '../../provider';

export const removeAttribute: OperationDef = {
	value: 'removeAttribute',
	name: 'Remove Attribute',
	action: 'Remove a custom attribute from a contact',
	description: 'Clear the value of one custom attribute of a contact',
	properties: [contactIdField, attributeField],
	// Writes to the same contact go out one after the other, in item order, even in parallel.
	recipient: (op) => locatorKey(op.params.raw('contactId', '')),
	run: async (op) => {
		const p = op.params;
		const id = p.id('contactId');
		const body = { externalId: p.readText('externalId', { required: true }) };
		return unwrap(await op.request({ method: 'DELETE', path: `/contacts/${id}/attributes`, body }));
	},
};
