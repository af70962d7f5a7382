import type { OperationDef } from '../../../shared/operation';
import { returnAllOrLimit } from '../../../shared/operation';
import { channelField } from '../../fields';
import { heyyPages } from '../../provider';

export const list: OperationDef = {
	value: 'list',
	name: 'List',
	action: 'List chats of a channel',
	description: 'List the conversations of a channel',
	properties: [channelField, ...returnAllOrLimit()],
	run: async (op) => {
		const channel = op.params.id('channelId');
		return await op.list({ method: 'GET', path: `/${channel}/chats` }, heyyPages('chats'));
	},
};
