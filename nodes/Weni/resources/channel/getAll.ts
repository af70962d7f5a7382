import type { IDataObject } from 'n8n-workflow';

import type { OperationDef } from '../../../shared/operation';
import { returnAllOrLimit } from '../../../shared/operation';
import { cursor, endpoint } from '../../provider';
import { uuidRule } from '../../readers';

/**
 * ChannelsEndpoint, temba/api/v2/views.py (nyaruka/rapidpro and weni-ai/flows): active
 * channels, newest first (CreatedOnCursorPagination); filters `uuid` and `address`.
 * Rows: ChannelReadSerializer uuid, name, address, type, country, device, last_seen, created_on.
 */
export const getAll: OperationDef = {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many channels',
	description: 'List the workspace channels (WhatsApp numbers, Telegram bots and others)',
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
					displayName: 'Address',
					name: 'address',
					type: 'string',
					default: '',
					placeholder: '+5582999990000',
					description:
						'Only the channel with this address (phone number, handle), exactly as Weni shows it',
				},
				{
					displayName: 'Channel UUID',
					name: 'uuid',
					type: 'string',
					default: '',
					description: 'Only the channel with this UUID',
				},
			],
		},
	],
	run: async (op) => {
		const p = op.params;
		const filters = p.collection('filters');
		const qs: IDataObject = {};
		// Channel.address: CharField(max_length=255) (nyaruka/rapidpro temba/channels/models.py).
		const address = p.check('address', filters.address, { maxLength: 255 });
		if (address) qs.address = address;
		if (filters.uuid) qs.uuid = p.check('uuid', filters.uuid, { pattern: uuidRule }).toLowerCase();
		return await op.list({ method: 'GET', path: endpoint('channels'), qs }, cursor);
	},
};
