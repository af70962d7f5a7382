import { addDateRange } from '../../readers';
import { cursorGetMany } from '../../operations';
import { createdRange } from '../../descriptions';

/** BroadcastsEndpoint, temba/api/v2/views.py (both): newest first, `before`/`after` on created_on. */
export const getAll = cursorGetMany({
	action: 'Get many broadcasts',
	description: 'List broadcasts, newest first, with their status and progress',
	endpoint: 'broadcasts',
	filters: createdRange('broadcasts'),
	query: (p, filters, qs) => addDateRange(p, filters, qs),
});
