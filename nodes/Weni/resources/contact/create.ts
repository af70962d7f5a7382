import type { IDataObject } from 'n8n-workflow';

import type { OperationDef } from '../../../shared/definitions';
import { additionalFields } from '../../../shared/descriptions';
import { endpoint } from '../../provider';
import {
	contactOptions,
	fieldValuesField,
	nameField,
	readContactOptions,
	readFieldValues,
	readUrns,
	urnsField,
} from './common';

export const create: OperationDef = {
	value: 'create',
	name: 'Create',
	action: 'Create a contact',
	description: 'Create a contact with its URNs, groups and field values',
	properties: [nameField, urnsField, additionalFields(contactOptions), fieldValuesField],
	run: async (op) => {
		const p = op.params;
		const body: IDataObject = {};
		readContactOptions(p, p.collection('additionalFields'), body);
		const urns = await readUrns(op);
		if (urns.length) body.urns = urns;
		const fields = readFieldValues(p);
		if (fields) body.fields = fields;
		if (!body.name && urns.length === 0) {
			throw p.required('urns', 'Add at least one URN, or a name.');
		}
		return await op.request<IDataObject>({ method: 'POST', path: endpoint('contacts'), body });
	},
};
