import type { IDataObject } from 'n8n-workflow';

import type { OperationDef } from '../../../shared/operation';
import { returnAllOrLimit } from '../../../shared/operation';
import { afterField, beforeField } from '../../descriptions';
import { cursor, endpoint } from '../../provider';
import { addDateRange } from '../../readers';

export const getAll: OperationDef = {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many broadcasts',
	description: 'List broadcasts, newest first, with their status and progress',
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
					...afterField,
					displayName: 'Created After',
					description: 'Only broadcasts created on or after this time',
				},
				{
					...beforeField,
					displayName: 'Created Before',
					description: 'Only broadcasts created on or before this time',
				},
			],
		},
	],
	run: async (op) => {
		const p = op.params;
		const qs: IDataObject = {};
		addDateRange(p, p.collection('filters'), qs);
		return await op.list({ method: 'GET', path: endpoint('broadcasts'), qs }, cursor);
	},
};
