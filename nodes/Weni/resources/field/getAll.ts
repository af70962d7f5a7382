import type { OperationDef } from '../../../shared/operation';
import { returnAllOrLimit } from '../../../shared/operation';
import { cursor, endpoint } from '../../provider';

export const getAll: OperationDef = {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many contact fields',
	description: 'List the contact fields of the workspace with their keys and types',
	properties: returnAllOrLimit(),
	run: async (op) => await op.list({ method: 'GET', path: endpoint('fields') }, cursor),
};
