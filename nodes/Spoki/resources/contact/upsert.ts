import type { IDataObject } from 'n8n-workflow';

import type { BatchDef, OperationDef } from '../../../shared/definitions';
import {
	contactDetailFields,
	customFieldsField,
	phoneField,
	statusField,
} from '../../descriptions';
import { API } from '../../provider';
import { contactRecord } from '../../readers';
import { batchFailure, matchResults } from './common';
import { additionalFields } from '../../../shared/descriptions';

/** Largest number of contacts Spoki's bulk sync takes in one request. */
export const BULK_SIZE = 500;

const bulk: BatchDef<IDataObject> = {
	size: BULK_SIZE,
	enabled: (op) => op.params.readBoolean('bulkSync', true),
	prepare: (op) => contactRecord(op.params),
	async send(records, ops, request) {
		let body: unknown;
		try {
			body = await request({ method: 'POST', path: `${API}/contacts/sync_all/`, body: records });
		} catch (error) {
			throw batchFailure(ops[0].ctx.getNode(), error, ops);
		}
		return matchResults(records, body);
	},
};

export const upsert: OperationDef = {
	value: 'upsert',
	name: 'Create or Update',
	action: 'Create or update a contact',
	description: 'Create a new record, or update the current one if it already exists (upsert)',
	properties: [
		phoneField(
			'The contact number in international format; an existing contact with this number is updated',
		),
		additionalFields([...contactDetailFields, statusField]),
		customFieldsField,
		{
			displayName: 'Bulk Sync',
			name: 'bulkSync',
			type: 'boolean',
			default: true,
			description:
				"Whether to send many input items through Spoki's bulk sync endpoint, up to 500 contacts per request, instead of one request per item",
		},
	],
	batch: bulk,
	run: async (op) =>
		await op.request<IDataObject>({
			method: 'POST',
			path: `${API}/contacts/sync/`,
			body: contactRecord(op.params),
		}),
};
