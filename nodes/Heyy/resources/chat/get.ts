import { channelField } from '../../descriptions';
import { records } from '../../operations';
import { chatIdField } from './common';

export const get = records.get(
	'Get a chat',
	'Get a conversation of a channel',
	[channelField, chatIdField],
	(p) => `/${p.id('channelId')}/chats/${p.id('chatId')}`,
);
