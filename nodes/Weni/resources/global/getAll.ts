import type { IDataObject } from 'n8n-workflow';

import type { OperationDef } from '../../../shared/operation';
import { returnAllOrLimit } from '../../../shared/operation';
import { afterField, beforeField } from '../../descriptions';
import { cursor, endpoint } from '../../provider';
import { addDateRange } from '../../readers';

/**
 * GlobalsEndpoint, temba/api/v2/views.py (nyaruka/rapidpro and weni-ai/flows): most recently
 * modified first (ModifiedOnCursorPagination); filters `key` and `before`/`after` on modified_on.
 * Rows: GlobalReadSerializer key, name, value, modified_on.
 */
export const getAll: OperationDef = {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many globals',
	description: 'List the workspace globals (values every flow can read as @globals.key)',
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
					displayName: 'Key',
					name: 'key',
					type: 'string',
					default: '',
					placeholder: 'org_name',
					description: 'Only the global with this key',
				},
				afterField,
				beforeField,
			],
		},
	],
	run: async (op) => {
		const p = op.params;
		const filters = p.collection('filters');
		const qs: IDataObject = {};
		// Global.MAX_KEY_LEN = 36 (nyaruka/rapidpro temba/globals/models.py).
		const key = p.check('key', filters.key, { maxLength: 36 });
		if (key) qs.key = key;
		addDateRange(p, filters, qs);
		return await op.list({ method: 'GET', path: endpoint('globals'), qs }, cursor);
	},
};
