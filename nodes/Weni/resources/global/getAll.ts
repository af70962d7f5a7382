import { afterField, beforeField } from '../../descriptions';
import { addDateRange, cursorGetMany } from '../../readers';

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
		afterField,
		beforeField,
	],
	query: (p, filters, qs) => {
		// Global.MAX_KEY_LEN = 36 (nyaruka/rapidpro temba/globals/models.py).
		const key = p.check('key', filters.key, { maxLength: 36 });
		if (key) qs.key = key;
		addDateRange(p, filters, qs);
	},
});
