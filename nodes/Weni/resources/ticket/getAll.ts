import { cursorGetMany, uuidFilter, uuidQuery, uuidRule } from '../../readers';

/**
 * TicketsEndpoint.filter_queryset, temba/api/v2/views.py (nyaruka/rapidpro and weni-ai/flows):
 * most recently modified first (ModifiedOnCursorPagination); filters `contact` (a contact UUID;
 * an unknown one lists nothing) and `uuid`. Rows: TicketReadSerializer (serializers.py), e.g.
 * uuid, contact, status, topic, assignee, opened_on, closed_on.
 */
export const getAll = cursorGetMany({
	action: 'Get many tickets',
	description: 'List tickets, most recently modified first',
	endpoint: 'tickets',
	filters: [
		{
			displayName: 'Contact UUID',
			name: 'contact',
			type: 'string',
			default: '',
			description: 'Only the tickets of this contact',
		},
		uuidFilter('Ticket'),
	],
	query: (p, filters, qs) => {
		if (filters.contact) {
			qs.contact = p.check('contact', filters.contact, { pattern: uuidRule }).toLowerCase();
		}
		uuidQuery(p, filters, qs);
	},
});
