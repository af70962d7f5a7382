import type { IDataObject } from 'n8n-workflow';

import type { OperationDef } from '../../../shared/operation';
import { returnAllOrLimit } from '../../../shared/operation';
import { cursor, endpoint } from '../../provider';
import { uuidRule } from '../../readers';

/**
 * CampaignEventsEndpoint, temba/api/v2/views.py (nyaruka/rapidpro and weni-ai/flows): newest
 * first (CreatedOnCursorPagination); filters `uuid` and `campaign` (a campaign UUID or name; an
 * unknown one lists nothing). Rows: CampaignEventReadSerializer uuid, campaign, relative_to,
 * offset, unit, delivery_hour, flow, message, created_on.
 */
export const getAll: OperationDef = {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many campaign events',
	description: 'List the events of campaigns: when each one fires and the flow or message it sends',
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
					displayName: 'Campaign',
					name: 'campaign',
					type: 'string',
					default: '',
					description: 'Only the events of this campaign, by UUID or name',
				},
				{
					displayName: 'Event UUID',
					name: 'uuid',
					type: 'string',
					default: '',
					description: 'Only the campaign event with this UUID',
				},
			],
		},
	],
	run: async (op) => {
		const p = op.params;
		const filters = p.collection('filters');
		const qs: IDataObject = {};
		const campaign = p.check('campaign', filters.campaign, {});
		if (campaign) qs.campaign = campaign;
		if (filters.uuid) qs.uuid = p.check('uuid', filters.uuid, { pattern: uuidRule }).toLowerCase();
		return await op.list({ method: 'GET', path: endpoint('campaign_events'), qs }, cursor);
	},
};
