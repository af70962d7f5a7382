import type { IDataObject } from 'n8n-workflow';

import type { OperationDef } from '../../../shared/operation';
import { returnAllOrLimit } from '../../../shared/operation';
import { afterField, beforeField, groupFilterField, simplifyField } from '../../descriptions';
import { cursor, endpoint } from '../../provider';
import { addDateRange, checkSchemes, checkUrn, simplified } from '../../readers';

export const getAll: OperationDef = {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many contacts',
	description: 'List contacts, most recently modified first',
	properties: [
		...returnAllOrLimit(),
		simplifyField,
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'Deleted Only',
					name: 'deleted',
					type: 'boolean',
					default: false,
					description: 'Whether to list deleted contacts instead of active ones',
				},
				groupFilterField,
				afterField,
				beforeField,
				{
					displayName: 'Oldest First',
					name: 'reverse',
					type: 'boolean',
					default: false,
					description: 'Whether to list the least recently modified contacts first',
				},
				{
					displayName: 'URN',
					name: 'urn',
					type: 'string',
					default: '',
					placeholder: 'whatsapp:5582999990000',
					description: 'Only the contact with this URN',
				},
			],
		},
	],
	run: async (op) => {
		const p = op.params;
		const filters = p.collection('filters');
		const qs: IDataObject = {};
		const group = p.check('group', filters.group, { maxLength: 255 });
		if (group) qs.group = group;
		if (filters.urn) {
			qs.urn = checkUrn(p, 'urn', filters.urn);
			await checkSchemes(op, 'urn', [qs.urn as string]);
		}
		addDateRange(p, filters, qs);
		if (p.flag('deleted', filters.deleted)) qs.deleted = true;
		if (p.flag('reverse', filters.reverse)) qs.reverse = true;
		// Simplify keeps what a workflow usually reads; the rest (e.g. flow results) stays one switch away.
		return simplified(p, await op.list({ method: 'GET', path: endpoint('contacts'), qs }, cursor), [
			'uuid',
			'name',
			'status',
			'language',
			'urns',
			'groups',
			'fields',
			'last_seen_on',
			'modified_on',
		]);
	},
};
