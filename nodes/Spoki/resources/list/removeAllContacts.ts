import type { IDataObject } from 'n8n-workflow';

import type { OperationDef } from '../../../shared/definitions';
import { API } from '../../provider';
import { numericId } from '../../readers';
import { listIdField } from './common';

export const removeAllContacts: OperationDef = {
	value: 'removeAllContacts',
	name: 'Remove All Contacts',
	action: 'Remove all contacts from a list',
	description: 'Empty a list; the contacts stay in the account',
	properties: [listIdField],
	// POST /api/1/lists/{id}/remove_all_contacts/ with an empty body
	// (MambuSRL/spoki_whatsapp src/Api/Lists.php removeAllListContacts).
	run: async (op) => {
		const id = numericId(op.params, 'listId');
		const answer = await op.request<unknown>({
			method: 'POST',
			path: `${API}/lists/${id}/remove_all_contacts/`,
		});
		const result: IDataObject = { list_id: Number(id), emptied: true };
		return answer && typeof answer === 'object' && !Array.isArray(answer)
			? { ...result, ...(answer as IDataObject) }
			: result;
	},
};
