import type { IDataObject } from 'n8n-workflow';

import type { BatchDef, OperationDef } from '../../../shared/definitions';
import { runAlone } from '../../../shared/definitions';
import { contactDetailFields, customFieldsField, phoneField } from '../../descriptions';
import { API } from '../../provider';
import { numericId, readContactFields, readCustomFields } from '../../readers';
import { batchFailure, matchResults } from '../contact/common';
import { LIST_SYNC_SIZE, listIdField } from './common';
import { additionalFields } from '../../../shared/descriptions';

interface Entry {
	listId: string;
	contact: IDataObject;
}

/** One item's contact record, as `sync_contacts/` documents it: phone, names, email, language, custom fields. */
function prepare(op: Parameters<BatchDef<Entry>['prepare']>[0]): Entry {
	const p = op.params;
	const listId = numericId(p, 'listId');
	const contact: IDataObject = { phone: p.readText('phone', { required: true, phone: true }) };
	readContactFields(p, p.collection('additionalFields'), contact);
	const customFields = readCustomFields(p);
	if (customFields) contact.custom_fields = customFields;
	return { listId, contact };
}

/**
 * POST /api/1/lists/{id}/sync_contacts/ with `{contacts: [...]}` (an object, unlike
 * contacts/sync_all/: MambuSRL/spoki_whatsapp src/Api/Lists.php syncListContacts).
 * Items adding to the same list share requests of up to 500 contacts.
 */
const bulk: BatchDef<Entry> = {
	size: LIST_SYNC_SIZE,
	prepare,
	key: (entry) => entry.listId,
	async send(entries, ops, request) {
		const contacts = entries.map((e) => e.contact);
		let body: unknown;
		try {
			body = await request({
				method: 'POST',
				path: `${API}/lists/${entries[0].listId}/sync_contacts/`,
				body: { contacts },
			});
		} catch (error) {
			const entriesOf = (b: unknown) =>
				b && typeof b === 'object' && !Array.isArray(b) ? (b as IDataObject).contacts : b;
			throw batchFailure(ops[0].ctx.getNode(), error, ops, entriesOf);
		}
		const listId = Number(entries[0].listId);
		return matchResults(contacts, body).map((c) => ({ ...c, list_id: listId }));
	},
};

export const addContacts: OperationDef = {
	value: 'addContacts',
	name: 'Add Contacts',
	action: 'Add contacts to a list',
	description:
		'Create or update contacts and add them to a list; many items go in requests of up to 500 contacts',
	properties: [
		listIdField,
		phoneField(
			'The contact number in international format; an existing contact with this number is updated',
		),
		additionalFields(contactDetailFields),
		customFieldsField,
	],
	batch: bulk,
	run: runAlone(bulk),
};
