import type { OperationDef } from '../../../shared/definitions';
import { unwrap } from '../../provider';

export const create: OperationDef = {
	value: 'create',
	name: 'Create',
	action: 'Create a label',
	description: 'Create a label to categorise contacts',
	properties: [{ displayName: 'Name', name: 'name', type: 'string', required: true, default: '' }],
	run: async (op) => {
		const body = { name: op.params.readText('name', { required: true, maxLength: 100 }) };
		return unwrap(await op.request({ method: 'POST', path: '/labels', body }));
	},
};
