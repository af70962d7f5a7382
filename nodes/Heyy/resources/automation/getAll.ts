import type { OperationDef } from '../../../shared/operation';
import { returnAllOrLimit } from '../../../shared/operation';
import { channelField } from '../../descriptions';
import { wholeList } from '../../provider';

export const getAll: OperationDef = {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many automations of a channel',
	description: 'List the automation workflows of a channel',
	properties: [channelField, ...returnAllOrLimit()],
	run: async (op) => {
		const channel = op.params.id('channelId');
		return await op.list({ method: 'GET', path: `/${channel}/workflows` }, wholeList('workflows'));
	},
};
