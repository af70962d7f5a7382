import type { IDataObject } from 'n8n-workflow';

import type { OperationDef } from '../../../shared/operation';
import { returnAllOrLimit } from '../../../shared/operation';
import { cursor, endpoint } from '../../provider';
import { uuidRule } from '../../readers';

/**
 * CampaignsEndpoint, temba/api/v2/views.py (nyaruka/rapidpro and weni-ai/flows): active,
 * unarchived campaigns, newest first (CreatedOnCursorPagination); the only filter is `uuid`.
 * Rows: CampaignReadSerializer (serializers.py) uuid, name, archived, group {uuid, name}, created_on.
 */
export const getAll: OperationDef = {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many campaigns',
	description: 'List active campaigns, newest first, with the group each one runs on',
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
					displayName: 'Campaign UUID',
					name: 'uuid',
					type: 'string',
					default: '',
					description: 'Only the campaign with this UUID',
				},
			],
		},
	],
	run: async (op) => {
		const p = op.params;
		const filters = p.collection('filters');
		const qs: IDataObject = {};
		if (filters.uuid) qs.uuid = p.check('uuid', filters.uuid, { pattern: uuidRule }).toLowerCase();
		return await op.list({ method: 'GET', path: endpoint('campaigns'), qs }, cursor);
	},
};
