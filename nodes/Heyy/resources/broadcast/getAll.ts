import type { OperationDef } from '../../../shared/operation';
import { returnAllOrLimit } from '../../../shared/operation';
import { channelField } from '../../descriptions';
import { wholeList } from '../../provider';

/** GET /{channelId}/broadcasts (MindCloud list-broadcasts.md; no paging documented, so read whole). */
export const getAll: OperationDef = {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many broadcasts of a channel',
	description: 'List the broadcasts of a channel',
	properties: [channelField, ...returnAllOrLimit()],
	run: async (op) => {
		const channel = op.params.id('channelId');
		return await op.list(
			{ method: 'GET', path: `/${channel}/broadcasts` },
			wholeList('broadcasts'),
		);
	},
};
