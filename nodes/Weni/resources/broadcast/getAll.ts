import { addDateRange, createdRange, cursorGetMany } from '../../readers';

/** BroadcastsEndpoint, temba/api/v2/views.py (both): newest first, `before`/`after` on created_on. */
export const getAll = cursorGetMany({
	action: 'Get many broadcasts',
	description: 'List broadcasts, newest first, with their status and progress',
	endpoint: 'broadcasts',
	filters: createdRange('broadcasts'),
	query: (p, filters, qs) => addDateRange(p, filters, qs),
});
