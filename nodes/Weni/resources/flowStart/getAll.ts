import type { IDataObject } from 'n8n-workflow';

import type { OperationDef } from '../../../shared/operation';
import { returnAllOrLimit } from '../../../shared/operation';
import { afterField, beforeField } from '../../descriptions';
import { cursor, endpoint } from '../../provider';
import { addDateRange } from '../../readers';

export const getAll: OperationDef = {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many flow starts',
	description: 'List flow starts made through the API, with their status and progress',
	properties: [
		...returnAllOrLimit(),
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [afterField, beforeField],
		},
	],
	run: async (op) => {
		const p = op.params;
		const filters = p.collection('filters');
		const qs: IDataObject = {};
		addDateRange(p, filters, qs);
		return await op.list({ method: 'GET', path: endpoint('flow_starts'), qs }, cursor);
	},
};
