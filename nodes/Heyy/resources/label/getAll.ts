import type { OperationDef } from '../../../shared/operation';
import { returnAllOrLimit } from '../../../shared/operation';
import { wholeList } from '../../provider';

export const list: OperationDef = {
	value: 'list',
	name: 'List',
	action: 'List labels',
	description: 'List the contact labels of the workspace',
	properties: [...returnAllOrLimit()],
	run: async (op) => await op.list({ method: 'GET', path: '/labels' }, wholeList('labels')),
};
