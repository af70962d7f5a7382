import type { OperationDef } from '../../../shared/operation';
import { returnAllOrLimit } from '../../../shared/operation';
import { channelField } from '../../descriptions';
import { pagedBy } from '../../provider';

export const list: OperationDef = {
	value: 'list',
	name: 'List',
	action: 'List contacts',
	description: 'List the contacts of the account',
	properties: [channelField, ...returnAllOrLimit()],
	run: async (op) => {
		const channel = op.params.optionalString('channelUuid');
		return await op.list(
			{ method: 'GET', path: '/contacts', qs: channel ? { channel_uuid: channel } : {} },
			pagedBy('contacts'),
		);
	},
};
