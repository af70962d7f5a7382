import type { IDataObject, INode, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import type { BatchDef, OperationContext, OperationDef } from '../../../shared/operation';
import { itemsAt } from '../../../shared/pagination';
import { drfErrorMessage } from '../../../shared/drf';
import { apiFailureOf } from '../../../shared/errors';
import {
	customFieldsField,
	emailField,
	firstNameField,
	languageField,
	lastNameField,
	phoneField,
	statusField,
} from '../../descriptions';
import { API } from '../../provider';
import { contactRecord } from '../../readers';

/** Largest number of contacts Spoki's bulk sync takes in one request. */
export const BULK_SIZE = 500;

const digits = (value: unknown) => String(value ?? '').replace(/\D/g, '');

/**
 * One result per record sent: the contact Spoki returns for the same phone,
 * else the one at the same position, else the record itself marked synced.
 */
export function matchResults(records: IDataObject[], body: unknown): IDataObject[] {
	const returned = itemsAt(
		'results',
		'contacts',
		'data',
	)(body).filter((c) => c && typeof c === 'object');
	const byPhone = new Map<string, IDataObject>();
	for (const contact of returned) if (contact.phone) byPhone.set(digits(contact.phone), contact);
	return records.map(
		(record, i) =>
			byPhone.get(digits(record.phone)) ??
			(returned.length === records.length ? returned[i] : undefined) ?? { ...record, synced: true },
	);
}

/** A failed batch, reported on every item it carried, with Spoki's entry numbers turned into item numbers. */
function batchFailure(node: INode, error: unknown, ops: OperationContext[]): Error {
	const failure = apiFailureOf(error);
	if (!(error instanceof NodeApiError) || !failure) return error as Error;
	const items = ops.map((o) => o.itemIndex);
	// Spoki's list serializer names a record by its index in the request (`[{}, {"phone": [...]}]`).
	const perRecord = drfErrorMessage(failure.body, 5, (i) =>
		items[i] === undefined ? undefined : `item ${items[i]}`,
	);
	const range = `items ${items[0]} to ${items[items.length - 1]}`;
	const refused = failure.status >= 400 && failure.status < 500;
	return new NodeApiError(node, { httpCode: String(failure.status) } as JsonObject, {
		message: perRecord ? `Spoki error ${failure.status}: ${perRecord}` : error.message,
		description: refused
			? `Spoki refused the whole bulk request (${items.length} contacts, ${range}); none of them was synced.`
			: `This bulk request carried ${items.length} contacts (${range}). ${error.description ?? ''}`.trim(),
		httpCode: error.httpCode ?? undefined,
		itemIndex: items[0],
	});
}

const bulk: BatchDef<IDataObject> = {
	size: BULK_SIZE,
	enabled: (op) => op.params.boolean('bulkSync', true),
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
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [emailField, firstNameField, languageField, lastNameField, statusField],
		},
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
