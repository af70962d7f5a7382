import { afterField, beforeField } from '../../descriptions';
import { addDateRange } from '../../readers';
import { cursorGetMany } from '../../operations';

/**
 * Weni Flows' GlobalsEndpoint.filter_queryset returns the date-filtered rows before its
 * `is_active` filter, and the rows carry no `is_active` to tell them apart (weni-ai/flows
 * temba/api/v2/views.py, GlobalReadSerializer); RapidPro filters them out first.
 */
const DELETED_TOO =
	'On Weni Flows a date filter also returns deleted globals, and nothing in the rows tells them apart.';

/**
 * GlobalsEndpoint, temba/api/v2/views.py (nyaruka/rapidpro and weni-ai/flows): most recently
 * modified first (ModifiedOnCursorPagination); filters `key` and `before`/`after` on modified_on.
 * Rows: GlobalReadSerializer key, name, value, modified_on.
 */
export const getAll = cursorGetMany({
	action: 'Get many globals',
	description: 'List the workspace globals (values every flow can read as @globals.key)',
	endpoint: 'globals',
	filters: [
		{
			displayName: 'Key',
			name: 'key',
			type: 'string',
			default: '',
			placeholder: 'org_name',
			description: 'Only the global with this key',
		},
		{ ...afterField, description: `Only globals modified on or after this time. ${DELETED_TOO}` },
		{ ...beforeField, description: `Only globals modified on or before this time. ${DELETED_TOO}` },
	],
	query: (p, filters, qs) => {
		// Global.MAX_KEY_LEN = 36 (nyaruka/rapidpro temba/globals/models.py).
		const key = p.checkText('key', filters.key, { maxLength: 36 });
		if (key) qs.key = key;
		addDateRange(p, filters, qs);
	},
});
