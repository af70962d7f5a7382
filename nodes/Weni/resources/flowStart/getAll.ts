import { afterField, beforeField } from '../../descriptions';
import { addDateRange } from '../../readers';
import { cursorGetMany } from '../../operations';

/** FlowStartsEndpoint, temba/api/v2/views.py (both): `before`/`after` on modified_on. */
export const getAll = cursorGetMany({
	action: 'Get many flow starts',
	description: 'List flow starts made through the API, with their status and progress',
	endpoint: 'flow_starts',
	filters: [afterField, beforeField],
	query: (p, filters, qs) => addDateRange(p, filters, qs),
});
