import { getMany } from '../../../shared/getMany';
import { channelField } from '../../descriptions';
import { heyyPages } from '../../lists';
import { SIMPLE_FIELDS } from '../../readers';

export const getAll = getMany({
	action: 'Get many chats of a channel',
	description: 'List the conversations of a channel',
	fields: [channelField],
	simplify: SIMPLE_FIELDS.chat,
	request: (op) => ({ method: 'GET', path: `/${op.params.id('channelId')}/chats` }),
	pagination: heyyPages('chats'),
});
