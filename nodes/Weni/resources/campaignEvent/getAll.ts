import { uuidQuery } from '../../readers';
import { cursorGetMany } from '../../operations';
import { uuidFilter } from '../../descriptions';

/**
 * CampaignEventsEndpoint, temba/api/v2/views.py (nyaruka/rapidpro and weni-ai/flows): newest
 * first (CreatedOnCursorPagination); filters `uuid` and `campaign` (a campaign UUID or name; an
 * unknown one lists nothing). Rows: CampaignEventReadSerializer uuid, campaign, relative_to,
 * offset, unit, delivery_hour, flow, message, created_on.
 */
export const getAll = cursorGetMany({
	action: 'Get many campaign events',
	description: 'List the events of campaigns: when each one fires and the flow or message it sends',
	endpoint: 'campaign_events',
	filters: [
		{
			displayName: 'Campaign',
			name: 'campaign',
			type: 'string',
			default: '',
			description: 'Only the events of this campaign, by UUID or name',
		},
		{ ...uuidFilter('Event'), description: 'Only the campaign event with this UUID' },
	],
	query: (p, filters, qs) => {
		const campaign = p.checkText('campaign', filters.campaign, {});
		if (campaign) qs.campaign = campaign;
		uuidQuery(p, filters, qs);
	},
});
