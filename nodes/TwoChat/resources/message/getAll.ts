import type { IDataObject } from 'n8n-workflow';

import type { OperationDef } from '../../../shared/operation';
import { returnAllOrLimit } from '../../../shared/operation';
import { fromNumberField, groupField, simplifyField } from '../../descriptions';
import { fixedPages } from '../../provider';
import { idValue, phoneInPath } from '../../readers';
import { simplifyMessage } from './common';
import { choices } from '../../../shared/factories';

/**
 * GET /whatsapp/messages/{from}[/{remote}] (100 per page) and GET /whatsapp/groups/messages/{group}
 * (50 per page) (developers.2chat.co/docs/API/WhatsApp/get-messages, …/get-group-messages).
 */
export const getAll: OperationDef = {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many messages of a chat or group',
	description:
		'Get the messages of a conversation with one number, of all conversations, or of a group',
	properties: [
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
		...returnAllOrLimit(),
		simplifyField,
	],
	run: async (op) => {
		const p = op.params;
		const from = phoneInPath(p, 'fromNumber');
		let messages: IDataObject[];
		if (p.readText('chatType', { oneOf: ['contact', 'group'] }) === 'group') {
			const group = p.segment('groupUuid', idValue(p, 'groupUuid'));
			messages = await op.list(
				{ method: 'GET', path: `/whatsapp/groups/messages/${group}` },
				fixedPages(50, 'messages', 'data'),
			);
		} else {
			// Phone numbers go in the path with a literal `+`, as in the docs (see readers.ts).
			const remote = p.readOptionalText('remoteNumber', { phone: true });
			let path = `/whatsapp/messages/${from}`;
			if (remote) path += `/${remote}`;
			messages = await op.list({ method: 'GET', path }, fixedPages(100, 'messages', 'data'));
		}
		return p.readBoolean('simplify', true) ? messages.map(simplifyMessage) : messages;
	},
};
