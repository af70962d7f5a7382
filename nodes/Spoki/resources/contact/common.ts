import type { IDataObject, INode, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { drfErrorMessage } from '../../../shared/drf';
import { apiFailureOf } from '../../../shared/errors';
import type { OperationContext, OperationDef } from '../../../shared/definitions';
import { itemsAt } from '../../../shared/pagination';
import { idLocator } from '../../descriptions';
import { API } from '../../provider';
import { numericId } from '../../readers';

export const contactIdField = idLocator({
	displayName: 'Contact',
	name: 'contactId',
	searchMethod: 'searchContacts',
	placeholder: '1091234',
	description: 'The contact, searched by phone, email or name, or given by its numeric ID',
});

/**
 * Add Operator and Remove Operator: POST /api/1/contacts/{id}/{verb}_operator/ with {email}
 * (MambuSRL/spoki_whatsapp src/Api/Contacts.php addContactOperator, removeContactOperator).
 */
export function operatorOperation(
	verb: 'add' | 'remove',
	action: string,
	description: string,
): OperationDef {
	return {
		value: `${verb}Operator`,
		name: `${verb === 'add' ? 'Add' : 'Remove'} Operator`,
		action,
		description,
		properties: [
			contactIdField,
			{
				displayName: 'Operator Email',
				name: 'email',
				type: 'string',
				required: true,
				default: '',
				placeholder: 'anna@example.com',
				description: 'Email of the Spoki user (operator)',
			},
		],
		run: async (op) => {
			const id = numericId(op.params, 'contactId');
			const email = op.params.readText('email', { required: true, email: true });
			return await op.request({
				method: 'POST',
				path: `${API}/contacts/${id}/${verb}_operator/`,
				body: { email },
			});
		},
	};
}

/**
 * A contact without its nested sets: custom field values by code
 * (`contactfield_set[].visual_code`), tag names, list ids (fields per
 * docs/api/spoki.md, "Retrieve contact").
 */
export function simplifyContact(c: IDataObject): IDataObject {
	const out: IDataObject = {};
	for (const key of [
		'id',
		'phone',
		'first_name',
		'last_name',
		'email',
		'language',
		'status',
		'is_blocked',
		'created_datetime',
	]) {
		if (c[key] !== undefined) out[key] = c[key];
	}
	const fields: IDataObject = {};
	for (const f of (Array.isArray(c.contactfield_set) ? c.contactfield_set : []) as IDataObject[]) {
		const code = f.visual_code ?? f.field;
		if (code !== undefined) fields[String(code)] = f.value_datetime ?? f.value;
	}
	out.custom_fields = fields;
	out.tags = ((Array.isArray(c.tag_set) ? c.tag_set : []) as IDataObject[]).map(
		(t) => t.name ?? t.id,
	);
	out.lists = ((Array.isArray(c.list_set) ? c.list_set : []) as IDataObject[]).map((l) =>
		l && typeof l === 'object' ? (l.id ?? l.name) : l,
	);
	return out;
}

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
export function batchFailure(
	node: INode,
	error: unknown,
	ops: OperationContext[],
	entriesOf: (body: unknown) => unknown = (body) => body,
): Error {
	const failure = apiFailureOf(error);
	if (!(error instanceof NodeApiError) || !failure) return error as Error;
	const items = ops.map((o) => o.itemIndex);
	// Spoki's list serializer names a record by its index in the request (`[{}, {"phone": [...]}]`).
	const perRecord = drfErrorMessage(entriesOf(failure.body), 5, (i) =>
		items[i] === undefined ? undefined : `item ${items[i]}`,
	);
	const range = `items ${items[0]} to ${items[items.length - 1]}`;
	const refused = failure.status >= 400 && failure.status < 500;
	return new NodeApiError(node, { httpCode: String(failure.status) } as JsonObject, {
		message: perRecord ? `Spoki error ${failure.status}: ${perRecord}` : error.message,
		description: refused
			? `Spoki refused the whole bulk request (${items.length} contacts, ${range}); none of them was synced.`
			: `This bulk request carried ${items.length} contacts (${range}). ${error.description ?? ''}`.trim(),
		httpCode: failure.status ? String(failure.status) : undefined,
		itemIndex: items[0],
	});
}
