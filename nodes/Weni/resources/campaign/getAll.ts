import { uuidQuery } from '../../readers';
import { cursorGetMany } from '../../operations';
import { uuidFilter } from '../../descriptions';

/**
 * CampaignsEndpoint, temba/api/v2/views.py (nyaruka/rapidpro and weni-ai/flows): active,
 * unarchived campaigns, newest first (CreatedOnCursorPagination); the only filter is `uuid`.
 * Rows: CampaignReadSerializer (serializers.py) uuid, name, archived, group {uuid, name}, created_on.
 */
export const getAll = cursorGetMany({
	action: 'Get many campaigns',
	description: 'List active campaigns, newest first, with the group each one runs on',
	endpoint: 'campaigns',
	filters: [uuidFilter('Campaign')],
	query: uuidQuery,
});
