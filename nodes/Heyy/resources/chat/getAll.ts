import type { OperationDef } from '../../../shared/operation';
import { returnAllOrLimit } from '../../../shared/operation';
import { channelField } from '../../descriptions';
import { listOperation } from '../../lists';

export const list: OperationDef = {
	value: 'list',
	name: 'List',
	action: 'List chats of a channel',
	description: 'List the conversations of a channel',
	properties: [channelField, ...returnAllOrLimit()],
	run: async (op) => {
		const channel = op.params.id('channelId');
		return await listOperation(op, { method: 'GET', path: `/${channel}/chats` }, ['chats']);
	},
};
