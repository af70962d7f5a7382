import type { IDataObject } from 'n8n-workflow';

import type { OperationDef } from '../../../shared/operation';
import { returnAllOrLimit } from '../../../shared/operation';
import { checkNumber } from '../../../shared/validation';
import { API, drfPages } from '../../provider';

const STATUSES = ['OPEN', 'PENDING', 'RESOLVED', 'CLOSED'];

export const list: OperationDef = {
	value: 'list',
	name: 'List',
	action: 'List tickets',
	description: 'List tickets, filtered by status and sorted',
	properties: [
		...returnAllOrLimit(),
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'Status',
					name: 'status',
					type: 'options',
					options: [
						{ name: 'Closed', value: 'CLOSED' },
						{ name: 'Open', value: 'OPEN' },
						{ name: 'Pending', value: 'PENDING' },
						{ name: 'Resolved', value: 'RESOLVED' },
					],
					default: 'OPEN',
				},
			],
		},
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				{
					displayName: 'Order',
					name: 'order',
					type: 'options',
					options: [
						{ name: 'Ascending', value: 'asc' },
						{ name: 'Descending', value: 'desc' },
					],
					default: 'desc',
				},
				{
					displayName: 'Page',
					name: 'page',
					type: 'number',
					typeOptions: { minValue: 1 },
					default: 1,
					description: 'Page to start from (the first is 1)',
				},
				{
					displayName: 'Per Page',
					name: 'perPage',
					type: 'number',
					typeOptions: { minValue: 1, maxValue: 100 },
					default: 100,
					description: 'Tickets asked for per request; a smaller Limit asks for fewer',
				},
				{
					displayName: 'Sort By',
					name: 'sortBy',
					type: 'string',
					default: 'created_datetime',
					placeholder: 'created_datetime',
					description: 'Ticket field to sort by',
				},
			],
		},
	],
	run: async (op) => {
		const p = op.params;
		const f = p.collection('filters');
		const o = p.collection('options');
		const qs: IDataObject = {};
		const status = p.check('status', f.status, { oneOf: STATUSES });
		if (status) qs.status = status;
		const order = p.check('order', o.order, { oneOf: ['asc', 'desc'] });
		if (order) qs.order = order;
		const sortBy = p.check('sortBy', o.sortBy, {
			pattern: { regex: /^[a-z_]+$/, hint: 'must be a ticket field name, like created_datetime' },
		});
		if (sortBy) qs.sort_by = sortBy;
		const page = checkNumber(p.node, p.label('page'), p.itemIndex, o.page, { integer: true, min: 1 });
		if (page !== undefined) qs.page = page;
		const perPage = checkNumber(p.node, p.label('perPage'), p.itemIndex, o.perPage, { integer: true, min: 1, max: 100 });
		return await op.list({ method: 'GET', path: `${API}/tickets/`, qs }, drfPages('per_page', perPage ?? 100));
	},
};
