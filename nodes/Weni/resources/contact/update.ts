import type { IDataObject } from 'n8n-workflow';

import type { OperationDef } from '../../../shared/definitions';
import { apiRequestFull } from '../../../shared/transport';
import { FLAVOUR_NAMES, flavourOf } from '../../flavour';
import { updateFields } from '../../../shared/descriptions';
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
		updateFields([
			...contactOptions,
			{
				displayName: 'Note',
				name: 'note',
				type: 'string',
				typeOptions: { rows: 3 },
				default: '',
				description:
					"Replace the contact's note (RapidPro only: Weni Flows has no notes). Empty clears it. RapidPro ignores it on a contact this update creates.",
			},
		]),
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
		const changes = p.collection('updateFields');
		readContactOptions(p, changes, body);
		if (changes.note !== undefined) {
			// nyaruka/rapidpro temba/api/v2/serializers.py ContactWriteSerializer: `note`
			// (allow_blank) is saved only for an existing contact (set_note in save()).
			// weni-ai/flows' ContactWriteSerializer has no `note`, and DRF drops unknown keys
			// silently, so that server is refused before anything is sent.
			const flavour = await flavourOf(op.ctx);
			if (flavour !== 'rapidpro') {
				throw p.invalid(
					'note',
					`is not stored by ${FLAVOUR_NAMES[flavour]}: its contacts API has no notes`,
					'Remove Note, or keep it in a contact field instead.',
				);
			}
			body.note = p.checkText('note', changes.note, {});
		}
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
