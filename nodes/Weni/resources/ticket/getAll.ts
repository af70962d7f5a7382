import { contactField, uuidFilter } from '../../descriptions';
import { contactFilterUuid, uuidQuery } from '../../readers';
import { cursorGetMany } from '../../operations';

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
			...contactField,
			required: false,
			description: 'Only the tickets of this contact, by UUID or URN',
		},
		uuidFilter('Ticket'),
	],
	query: async (p, filters, qs, op) => {
		uuidQuery(p, filters, qs);
		const contact = await contactFilterUuid(op, 'contact', filters.contact);
		if (contact) qs.contact = contact;
	},
});
