import type { OperationDef } from '../../../shared/operation';
import { returnAllOrLimit } from '../../../shared/operation';
import { wholeList } from '../../provider';

export const getAll: OperationDef = {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many contact attributes',
	description: 'List the custom contact attributes of the workspace',
	properties: [...returnAllOrLimit()],
	run: async (op) => await op.list({ method: 'GET', path: '/attributes' }, wholeList('attributes')),
};
