import type { OperationDef } from '../../../shared/definitions';
import { API } from '../../provider';
import { numericId } from '../../readers';
import { customFieldIdField } from './common';

export const update: OperationDef = {
	value: 'update',
	name: 'Update',
	action: 'Update a custom field',
	description: 'Change the label of a custom field',
	properties: [
		customFieldIdField,
		{
			displayName: 'Label',
			name: 'label',
			type: 'string',
			required: true,
			default: '',
			description: 'The new label',
		},
	],
	run: async (op) => {
		const id = numericId(op.params, 'customFieldId');
		const label = op.params.readText('label', { required: true, maxLength: 255 });
		return await op.request({
			method: 'PATCH',
			path: `${API}/custom-fields/${id}/`,
			body: { label },
		});
	},
};
