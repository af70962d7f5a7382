import type { OperationDef } from '../../../shared/operation';
import { API, numericId } from '../../provider';
import { customFieldIdField } from './common';

export const deleteCustomField: OperationDef = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a custom field',
	description: 'Delete a custom field and its values on every contact',
	properties: [customFieldIdField],
	run: async (op) => {
		const id = numericId(op.params, 'customFieldId');
		await op.request({ method: 'DELETE', path: `${API}/custom-fields/${id}/` });
		return { deleted: true, id: Number(id) };
	},
};
