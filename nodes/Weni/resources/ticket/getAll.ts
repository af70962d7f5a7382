import type { IDataObject } from 'n8n-workflow';

import type { OperationDef } from '../../../shared/operation';
import { returnAllOrLimit } from '../../../shared/operation';
import { cursor, endpoint } from '../../provider';
import { uuidRule } from '../../readers';

/**
 * TicketsEndpoint.filter_queryset, temba/api/v2/views.py (nyaruka/rapidpro and weni-ai/flows):
 * most recently modified first (ModifiedOnCursorPagination); filters `contact` (a contact UUID;
 * an unknown one lists nothing) and `uuid`. Rows: TicketReadSerializer (serializers.py), e.g.
 * uuid, contact, status, topic, assignee, opened_on, closed_on.
 */
export const getAll: OperationDef = {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many tickets',
	description: 'List tickets, most recently modified first',
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
					displayName: 'Contact UUID',
					name: 'contact',
					type: 'string',
					default: '',
					description: 'Only the tickets of this contact',
				},
				{
					displayName: 'Ticket UUID',
					name: 'uuid',
					type: 'string',
					default: '',
					description: 'Only the ticket with this UUID',
				},
			],
		},
	],
	run: async (op) => {
		const p = op.params;
		const filters = p.collection('filters');
		const qs: IDataObject = {};
		if (filters.contact) {
			qs.contact = p.check('contact', filters.contact, { pattern: uuidRule }).toLowerCase();
		}
		if (filters.uuid) qs.uuid = p.check('uuid', filters.uuid, { pattern: uuidRule }).toLowerCase();
		return await op.list({ method: 'GET', path: endpoint('tickets'), qs }, cursor);
	},
};
