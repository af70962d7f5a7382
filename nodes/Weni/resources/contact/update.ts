import type { IDataObject } from 'n8n-workflow';

import type { OperationDef } from '../../../shared/operation';
import { apiRequestFull } from '../../../shared/transport';
import { endpoint, weni } from '../../provider';
import {
	contactByFields,
	contactOptions,
	contactQuery,
	fieldValuesField,
	nameField,
	readContactOptions,
	readFieldValues,
	readUrns,
	urnsField,
} from './common';

export const update: OperationDef = {
	value: 'update',
	name: 'Update',
	action: 'Update a contact',
	description:
		'Change a contact found by UUID or URN; only the values given change. By URN, a missing contact is created.',
	properties: [
		...contactByFields,
		{ ...nameField, description: 'New full name (at most 64 characters); leave empty to keep it' },
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: contactOptions,
		},
		{
			...urnsField,
			description: "When given, replace the contact's URNs",
			displayOptions: { show: { by: ['uuid'] } },
		},
		{
			...fieldValuesField,
			description: 'Values to set; fields not listed keep their values, an empty value clears one',
		},
	],
	run: async (op) => {
		const p = op.params;
		const qs = await contactQuery(op);
		const body: IDataObject = {};
		readContactOptions(p, p.collection('updateFields'), body);
		if (qs.uuid) {
			const urns = await readUrns(op);
			if (urns.length) body.urns = urns;
		}
		const fields = readFieldValues(p);
		if (fields) body.fields = fields;
		if (Object.keys(body).length === 0) {
			if (qs.uuid) throw p.required('updateFields', 'Add at least one value to change.');
			// By URN an empty update is meaningful: it makes sure the contact exists. An
			// empty `fields` keeps the body a JSON object (n8n sends no body for `{}`).
			body.fields = {};
		}
		const response = await apiRequestFull(
			op.ctx,
			weni,
			{ method: 'POST', path: endpoint('contacts'), qs, body },
			op.itemIndex,
		);
		return { ...(response.body as IDataObject), created: response.statusCode === 201 };
	},
};
