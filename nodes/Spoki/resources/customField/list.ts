import type { IDataObject } from 'n8n-workflow';

import type { OperationDef } from '../../../shared/operation';
import { returnAllOrLimit } from '../../../shared/operation';
import { API, drfPages } from '../../provider';

export const list: OperationDef = {
	value: 'list',
	name: 'List',
	action: 'List custom fields',
	description: 'List the custom fields, optionally those whose code or label contains a text',
	properties: [
		...returnAllOrLimit(),
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'Code or Label',
					name: 'search',
					type: 'string',
					default: '',
					placeholder: 'ORDER',
					description: 'Only custom fields whose code or label contains this text',
				},
			],
		},
	],
	run: async (op) => {
		const search = op.params.check('search', op.params.collection('filters').search, { maxLength: 200 });
		const qs: IDataObject = search ? { search } : {};
		return await op.list({ method: 'GET', path: `${API}/custom-fields/`, qs }, drfPages());
	},
};
