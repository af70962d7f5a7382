import { addDateRange } from '../../readers';
import { cursorGetMany } from '../../operations';
import { createdRange } from '../../descriptions';

/**
 * WhatsappBroadcastsEndpoint, weni-ai/flows temba/api/v2/views.py: WhatsApp broadcasts, newest
 * first (CreatedOnCursorPagination), filters `id` and `before`/`after` on created_on. Rows
 * (WhatsappBroadcastReadSerializer, serializers.py): id, urns, contacts, groups, text, status
 * (queued, sent, failed), channel, metadata (the `msg` sent), created_on. RapidPro routes no such
 * endpoint (its urls.py).
 */
export const getAll = cursorGetMany({
	action: 'Get many WhatsApp broadcasts',
	description:
		'List the WhatsApp messages and templates sent through the API, newest first (Weni Flows)',
	endpoint: 'whatsapp_broadcasts',
	flowsOnly: 'WhatsApp broadcasts',
	filters: [
		{
			displayName: 'Broadcast ID',
			name: 'id',
			type: 'number',
			default: 0,
			description: 'Only the broadcast with this ID (as a send returned it)',
		},
		...createdRange('broadcasts'),
	],
	query: (p, filters, qs) => {
		// get_int_param("id") (views_base.py): a broadcast id is a positive integer; 0 means "not set".
		if (filters.id !== 0) {
			const id = p.checkNumber('id', filters.id, {
				integer: true,
				min: 1,
			});
			if (id !== undefined) qs.id = id;
		}
		addDateRange(p, filters, qs);
	},
});
