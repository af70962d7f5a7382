import type { IDataObject } from 'n8n-workflow';

import type { OperationDef } from '../../../shared/operation';
import { returnAllOrLimit } from '../../../shared/operation';
import { afterField, beforeField, simplifyField } from '../../descriptions';
import { cursor, endpoint } from '../../provider';
import { addDateRange, simplified } from '../../readers';

export const getAll: OperationDef = {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many flows',
	description: 'List the flows of the workspace with their run counts and result keys',
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
		},
	],
	run: async (op) => {
		const p = op.params;
		const filters = p.collection('filters');
		const qs: IDataObject = {};
		if (filters.archived !== undefined)
			qs.archived = p.check('archived', filters.archived, { oneOf: ['true', 'false'] });
		if (filters.type !== undefined) {
			qs.type = p.check('type', filters.type, {
				oneOf: ['message', 'voice', 'survey', 'background'],
			});
		}
		addDateRange(p, filters, qs);
		// Simplify keeps what a workflow usually reads; the rest (e.g. flow results) stays one switch away.
		return simplified(p, await op.list({ method: 'GET', path: endpoint('flows'), qs }, cursor), [
			'uuid',
			'name',
			'type',
			'archived',
			'runs',
			'modified_on',
		]);
	},
};
