import type { OperationDef } from '../../../shared/operation';
import { returnAllOrLimit } from '../../../shared/operation';
import { channelField, simplifyField } from '../../descriptions';
import { listOperation } from '../../lists';
import { SIMPLE_FIELDS } from '../../readers';
import { simplifier } from '../../../shared/factories';

export const getAll: OperationDef = {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many chats of a channel',
	description: 'List the conversations of a channel',
	properties: [channelField, ...returnAllOrLimit(), simplifyField],
	run: async (op) => {
		const channel = op.params.id('channelId');
		const simplify = simplifier(op.params, SIMPLE_FIELDS.chat);
		const items = await listOperation(op, { method: 'GET', path: `/${channel}/chats` }, ['chats']);
		return simplify(items);
	},
};
