import type { OperationDef } from '../../../shared/operation';
import { unwrap } from '../../provider';

export const get: OperationDef = {
	value: 'get',
	name: 'Get',
	action: 'Get the business',
	description: 'Get the workspace (business) the API key belongs to: name, timezone, IDs',
	properties: [],
	run: async (op) => unwrap(await op.request({ method: 'GET', path: '/business' })),
};
