import type { OperationDef } from '../../../shared/operation';
import { returnAllOrLimit } from '../../../shared/operation';
import { pagedBy } from '../../provider';
import { choices } from '../../../shared/factories';

/**
 * GET /whatsapp/get-numbers (developers.2chat.co/docs/API/WhatsApp/list-numbers); `status`,
 * `page_number` and `results_per_page`: 2ChatCo/agent-skills skills/2chat-whatsapp/SKILL.md.
 */
export const getAll: OperationDef = {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many connected WhatsApp numbers',
	description: 'Get the WhatsApp numbers of the account and their connection status',
	properties: [
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			options: choices({ All: 'all', Connected: 'connected', Disconnected: 'disconnected' }),
			default: 'all',
		},
		...returnAllOrLimit(),
	],
	run: async (op) => {
		const status = op.params.readText('status', { oneOf: ['all', 'connected', 'disconnected'] });
		return await op.list(
			{ method: 'GET', path: '/whatsapp/get-numbers', qs: { status } },
			pagedBy('numbers'),
		);
	},
};
