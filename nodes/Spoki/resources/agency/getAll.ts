import type { OperationDef } from '../../../shared/operation';
import { returnAllOrLimit } from '../../../shared/operation';
import { API, drfPages } from '../../provider';

export const getAll: OperationDef = {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many agencies',
	description: 'List the agencies the API key can access',
	properties: [...returnAllOrLimit()],
	run: async (op) => await op.list({ method: 'GET', path: `${API}/agencies/` }, drfPages()),
};
