import type { OperationDef } from '../../../shared/definitions';
import { API } from '../../provider';
import { FIELD_TYPES, RESERVED_CODES } from './common';

export const create: OperationDef = {
	value: 'create',
	name: 'Create',
	action: 'Create a custom field',
	description: 'Define a new custom field for contacts',
	properties: [
		{
			displayName: 'Label',
			name: 'label',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'Order ID',
			description: 'Name shown in Spoki; unique in the account',
		},
		{
			displayName: 'Code',
			name: 'code',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'ORDER_ID',
			description:
				'Code used in templates and API calls: upper case letters, digits and underscores, unique, and none of FIRST_NAME, LAST_NAME, EMAIL, PHONE, ACCOUNT_NAME, LANGUAGE',
		},
		{
			displayName: 'Field Type',
			name: 'fieldType',
			type: 'options',
			options: FIELD_TYPES,
			default: 1,
		},
		{
			displayName: 'Example',
			name: 'example',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'A-1042',
			description: 'An example value, shown when the field is used in a template',
		},
	],
	run: async (op) => {
		const p = op.params;
		const label = p.readText('label', { required: true, maxLength: 255 });
		const code = p.readText('code', {
			required: true,
			maxLength: 100,
			pattern: {
				regex: /^[A-Z][A-Z0-9_]*$/,
				hint: 'must use upper case letters, digits and underscores, starting with a letter, like ORDER_ID',
			},
		});
		if (RESERVED_CODES.includes(code)) {
			throw p.invalid('code', `"${code}" is reserved by Spoki`, 'Choose another code.');
		}
		const fieldType = p.checkNumber('fieldType', p.raw('fieldType', 1), {
			required: true,
			integer: true,
			min: 1,
			max: 3,
		});
		const example = p.readText('example', { required: true, maxLength: 255 });
		return await op.request({
			method: 'POST',
			path: `${API}/custom-fields/`,
			body: { label, code, field_type: fieldType, example },
		});
	},
};
