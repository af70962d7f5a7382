import { uuidQuery } from '../../readers';
import { cursorGetMany } from '../../operations';
import { uuidFilter } from '../../descriptions';

/**
 * ChannelsEndpoint, temba/api/v2/views.py (nyaruka/rapidpro and weni-ai/flows): active
 * channels, newest first (CreatedOnCursorPagination); filters `uuid` and `address`.
 * Rows: ChannelReadSerializer uuid, name, address, type, country, device, last_seen, created_on.
 */
export const getAll = cursorGetMany({
	action: 'Get many channels',
	description: 'List the workspace channels (WhatsApp numbers, Telegram bots and others)',
	endpoint: 'channels',
	filters: [
		{
			displayName: 'Address',
			name: 'address',
			type: 'string',
			default: '',
			placeholder: '+5582999990000',
			description:
				'Only the channel with this address (phone number, handle), exactly as Weni shows it',
		},
		uuidFilter('Channel'),
	],
	query: (p, filters, qs) => {
		// Channel.address: CharField(max_length=255) (nyaruka/rapidpro temba/channels/models.py).
		const address = p.checkText('address', filters.address, { maxLength: 255 });
		if (address) qs.address = address;
		uuidQuery(p, filters, qs);
	},
});
