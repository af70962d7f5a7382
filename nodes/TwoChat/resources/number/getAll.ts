import { getMany } from '../../../shared/getMany';
import { pagedBy } from '../../provider';
import { choices } from '../../../shared/descriptions';

/**
 * GET /whatsapp/get-numbers (developers.2chat.co/docs/API/WhatsApp/list-numbers); `status`,
 * `page_number` and `results_per_page`: 2ChatCo/agent-skills skills/2chat-whatsapp/SKILL.md.
 */
export const getAll = getMany({
	action: 'Get many connected WhatsApp numbers',
	description: 'Get the WhatsApp numbers of the account and their connection status',
	fields: [
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			options: choices({ All: 'all', Connected: 'connected', Disconnected: 'disconnected' }),
			default: 'all',
		},
	],
	request: (op) => {
		const status = op.params.readText('status', { oneOf: ['all', 'connected', 'disconnected'] });
		return { method: 'GET', path: '/whatsapp/get-numbers', qs: { status } };
	},
	pagination: pagedBy('numbers'),
});
