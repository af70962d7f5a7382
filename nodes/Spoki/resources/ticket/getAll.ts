import type { IDataObject } from 'n8n-workflow';

import { apiFailureOf, passOn } from '../../../shared/errors';
import { getMany } from '../../../shared/getMany';
import { API, drfPages } from '../../provider';
import { choices, textField } from '../../../shared/descriptions';

const STATUSES = ['OPEN', 'PENDING', 'RESOLVED', 'CLOSED'];

/** "OPEN" → "Open", the casing of Spoki's create and update examples. */
const titleCase = (status: string) => status.charAt(0) + status.slice(1).toLowerCase();

export const getAll = getMany({
	action: 'Get many tickets',
	description: 'List tickets, filtered by status and sorted',
	filters: [
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			options: choices({
				Closed: 'CLOSED',
				Open: 'OPEN',
				Pending: 'PENDING',
				Resolved: 'RESOLVED',
			}),
			default: 'OPEN',
		},
	],
	options: [
		{
			displayName: 'Order',
			name: 'order',
			type: 'options',
			options: choices({ Ascending: 'asc', Descending: 'desc' }),
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
		textField('Sort By', 'sortBy', 'Ticket field to sort by', {
			default: 'created_datetime',
			placeholder: 'created_datetime',
		}),
	],
	read: async (op) => {
		const p = op.params;
		const f = p.collection('filters');
		const o = p.collection('options');
		const qs: IDataObject = {};
		const status = p.checkText('status', f.status, { oneOf: STATUSES });
		const order = p.checkText('order', o.order, { oneOf: ['asc', 'desc'] });
		if (order) qs.order = order;
		const sortBy = p.checkText('sortBy', o.sortBy, {
			pattern: { regex: /^[a-z_]+$/, hint: 'must be a ticket field name, like created_datetime' },
		});
		if (sortBy) qs.sort_by = sortBy;
		const page = p.checkNumber('page', o.page, {
			integer: true,
			min: 1,
		});
		if (page !== undefined) qs.page = page;
		const perPage = p.checkNumber('perPage', o.perPage, {
			integer: true,
			min: 1,
			max: 100,
		});
		const pagination = drfPages('per_page', perPage ?? 100);
		const list = async (casing?: string) =>
			await op.list(
				{ method: 'GET', path: `${API}/tickets/`, qs: casing ? { ...qs, status: casing } : qs },
				pagination,
			);
		if (!status) return await list();
		// Which casing the status filter takes is undocumented: Composio's Spoki tool descriptions'
		// examples say OPEN, Spoki's create/update examples 'Open'
		// (MambuSRL/spoki_whatsapp src/Api/Tickets.php). Composio's comes first; a 400
		// (a choice filter) or an empty answer (an exact one) asks again in the other.
		try {
			const found = await list(status);
			if (found.length) return found;
		} catch (error) {
			// The transport's own NodeApiError (Spoki's words, status), passed on unchanged.
			if (apiFailureOf(error)?.status !== 400) throw passOn(error);
		}
		return await list(titleCase(status));
	},
});
