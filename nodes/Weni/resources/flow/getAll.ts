import { afterField, beforeField } from '../../descriptions';
import { addDateRange } from '../../readers';
import { cursorGetMany } from '../../operations';

const TYPES = ['message', 'voice', 'survey', 'background'];

/**
 * FlowsEndpoint.filter_queryset, temba/api/v2/views.py (both): `uuid`, `type`, `archived`,
 * `before`/`after` on modified_on.
 */
export const getAll = cursorGetMany({
	action: 'Get many flows',
	description: 'List the flows of the workspace with their run counts and result keys',
	endpoint: 'flows',
	simplify: ['uuid', 'name', 'type', 'archived', 'runs', 'modified_on'],
	filters: [
		{
			displayName: 'Archived',
			name: 'archived',
			type: 'options',
			options: [
				{ name: 'Active Only', value: 'false' },
				{ name: 'Archived Only', value: 'true' },
			],
			default: 'false',
		},
		afterField,
		beforeField,
		{
			displayName: 'Type',
			name: 'type',
			type: 'options',
			options: [
				{ name: 'Background', value: 'background' },
				{ name: 'Message', value: 'message' },
				{ name: 'Survey', value: 'survey' },
				{ name: 'Voice', value: 'voice' },
			],
			default: 'message',
		},
	],
	query: (p, filters, qs) => {
		if (filters.archived !== undefined)
			qs.archived = p.checkText('archived', filters.archived, { oneOf: ['true', 'false'] });
		if (filters.type !== undefined) qs.type = p.checkText('type', filters.type, { oneOf: TYPES });
		addDateRange(p, filters, qs);
	},
});
