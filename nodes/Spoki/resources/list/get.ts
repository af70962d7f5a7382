import type { OperationDef } from '../../../shared/operation';
import { API, numericId } from '../../provider';
import { listIdField } from './common';

export const get: OperationDef = {
	value: 'get',
	name: 'Get',
	action: 'Get a list',
	description: 'Get a contact list by its ID',
	properties: [listIdField],
	// GET /api/1/lists/{id}/ (MambuSRL/spoki_whatsapp src/Api/Lists.php getList)
	run: async (op) =>
		await op.request({ method: 'GET', path: `${API}/lists/${numericId(op.params, 'listId')}/` }),
};
