import type { OperationDef } from '../../../shared/operation';
import { channelField } from '../../descriptions';
import { unwrap } from '../../provider';
import { chatIdField } from './common';

export const get: OperationDef = {
	value: 'get',
	name: 'Get',
	action: 'Get a chat',
	description: 'Get a conversation of a channel',
	properties: [channelField, chatIdField],
	run: async (op) => {
		const channel = op.params.id('channelId');
		const chat = op.params.id('chatId');
		return unwrap(await op.request({ method: 'GET', path: `/${channel}/chats/${chat}` }));
	},
};
