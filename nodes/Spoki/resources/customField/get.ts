import type { OperationDef } from '../../../shared/operation';
import { API, numericId } from '../../provider';
import { customFieldIdField } from './common';

export const get: OperationDef = {
	value: 'get',
	name: 'Get',
	action: 'Get a custom field',
	description: 'Get the label, code, type and example of a custom field',
	properties: [customFieldIdField],
	run: async (op) =>
		await op.request({
			method: 'GET',
			path: `${API}/custom-fields/${numericId(op.params, 'customFieldId')}/`,
		}),
};
