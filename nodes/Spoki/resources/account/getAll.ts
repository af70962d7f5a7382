import type { OperationDef } from '../../../shared/operation';
import { returnAllOrLimit } from '../../../shared/operation';
import { API, drfPages } from '../../provider';

export const getAll: OperationDef = {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many accounts',
	description: 'List the accounts the API key can access, with their IDs',
	properties: [...returnAllOrLimit()],
	run: async (op) => await op.list({ method: 'GET', path: `${API}/accounts/` }, drfPages()),
};
