import { getMany } from '../../../shared/getMany';
import { fromNumberField, groupField } from '../../descriptions';
import { fixedPages } from '../../provider';
import { idValue, phoneInPath } from '../../readers';
import { simplifyMessage } from './common';
import { choices } from '../../../shared/descriptions';

/**
 * GET /whatsapp/messages/{from}[/{remote}] (100 per page) and GET /whatsapp/groups/messages/{group}
 * (50 per page) (developers.2chat.co/docs/API/WhatsApp/get-messages, …/get-group-messages).
 */
export const getAll = getMany({
	action: 'Get many messages of a chat or group',
	description:
		'Get the messages of a conversation with one number, of all conversations, or of a group',
	simplify: simplifyMessage,
	fields: [
		fromNumberField,
		{
			displayName: 'Chat',
			name: 'chatType',
			type: 'options',
			options: choices({ 'With a Phone Number': 'contact', Group: 'group' }),
			default: 'contact',
		},
		{
			displayName: 'Remote Number',
			name: 'remoteNumber',
			type: 'string',
			default: '',
			placeholder: '+14155550123',
			description:
				'The other side of the conversation. Leave empty for messages of every conversation.',
			displayOptions: { show: { chatType: ['contact'] } },
		},
		{ ...groupField, displayOptions: { show: { chatType: ['group'] } } },
	],
	read: async (op) => {
		const p = op.params;
		const from = phoneInPath(p, 'fromNumber');
		if (p.readText('chatType', { oneOf: ['contact', 'group'] }) === 'group') {
			const group = p.segment('groupUuid', idValue(p, 'groupUuid'));
			return await op.list(
				{ method: 'GET', path: `/whatsapp/groups/messages/${group}` },
				fixedPages(50, 'messages', 'data'),
			);
		}
		// Phone numbers go in the path with a literal `+`, as in the docs (see readers.ts).
		const remote = p.readOptionalText('remoteNumber', { phone: true });
		let path = `/whatsapp/messages/${from}`;
		if (remote) path += `/${remote}`;
		return await op.list({ method: 'GET', path }, fixedPages(100, 'messages', 'data'));
	},
});
