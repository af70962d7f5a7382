import type { OperationDef } from '../../../shared/operation';
import { API, numericId } from '../../provider';
import { listIdField } from './common';

export const deleteList: OperationDef = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a list',
	description: 'Delete a contact list; its contacts stay in the account',
	properties: [listIdField],
	// DELETE /api/1/lists/{id}/ (MambuSRL/spoki_whatsapp src/Api/Lists.php deleteList)
	run: async (op) => {
		const id = numericId(op.params, 'listId');
		await op.request({ method: 'DELETE', path: `${API}/lists/${id}/` });
		return { deleted: true, id: Number(id) };
	},
};
