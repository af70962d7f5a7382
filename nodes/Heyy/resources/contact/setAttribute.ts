import { locatorKey } from '../../readers';
import type { OperationDef } from '../../../shared/definitions';
import { attributeField, contactIdField } from '../../descriptions';
import { unwrap } from '../../provider';

export const setAttribute: OperationDef = {
	value: 'setAttribute',
	name: 'Set Attribute',
	action: 'Set a custom attribute of a contact',
	description: 'Set the value of one custom attribute of a contact',
	properties: [
		contactIdField,
		attributeField,
		{ displayName: 'Value', name: 'value', type: 'string', default: '' },
	],
	// Writes to the same contact go out one after the other, in item order, even in parallel.
	recipient: (op) => locatorKey(op.params.raw('contactId', '')),
	run: async (op) => {
		const p = op.params;
		const id = p.id('contactId');
		const body = {
			externalId: p.readText('externalId', { required: true }),
			value: p.readText('value'),
		};
		return unwrap(await op.request({ method: 'POST', path: `/contacts/${id}/attributes`, body }));
	},
};
