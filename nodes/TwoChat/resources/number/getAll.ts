import type { OperationDef } from '../../../shared/operation';
import { returnAllOrLimit } from '../../../shared/operation';
import { pagedBy } from '../../provider';

export const list: OperationDef = {
	value: 'list',
	name: 'List',
	action: 'List connected WhatsApp numbers',
	description: 'List the WhatsApp numbers of the account and their connection status',
	properties: [
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			options: [
				{ name: 'All', value: 'all' },
				{ name: 'Connected', value: 'connected' },
				{ name: 'Disconnected', value: 'disconnected' },
			],
			default: 'all',
		},
		...returnAllOrLimit(),
	],
	run: async (op) => {
		const status = op.params.string('status', { oneOf: ['all', 'connected', 'disconnected'] });
		return await op.list(
			{ method: 'GET', path: '/whatsapp/get-numbers', qs: { status } },
			pagedBy('numbers'),
		);
	},
};
