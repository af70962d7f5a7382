import type { OperationDef } from '../../../shared/operation';
import { channelField } from '../../descriptions';
import { unwrap } from '../../provider';

export const get: OperationDef = {
	value: 'get',
	name: 'Get',
	action: 'Get a channel',
	description: 'Get a channel by its ID',
	properties: [channelField],
	run: async (op) => {
		const id = op.params.id('channelId');
		return unwrap(await op.request({ method: 'GET', path: `/channels/${id}` }));
	},
};
