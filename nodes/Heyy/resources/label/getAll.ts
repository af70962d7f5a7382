import type { OperationDef } from '../../../shared/operation';
import { returnAllOrLimit } from '../../../shared/operation';
import { wholeList } from '../../provider';

export const getAll: OperationDef = {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many labels',
	description: 'List the contact labels of the workspace',
	properties: [...returnAllOrLimit()],
	run: async (op) => await op.list({ method: 'GET', path: '/labels' }, wholeList('labels')),
};
