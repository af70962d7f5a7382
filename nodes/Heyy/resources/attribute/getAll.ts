import type { OperationDef } from '../../../shared/operation';
import { returnAllOrLimit } from '../../../shared/operation';
import { wholeList } from '../../provider';

export const list: OperationDef = {
	value: 'list',
	name: 'List',
	action: 'List contact attributes',
	description: 'List the custom contact attributes of the workspace',
	properties: [...returnAllOrLimit()],
	run: async (op) => await op.list({ method: 'GET', path: '/attributes' }, wholeList('attributes')),
};
