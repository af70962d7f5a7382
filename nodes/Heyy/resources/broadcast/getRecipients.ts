import type { OperationDef } from '../../../shared/operation';
import { returnAllOrLimit } from '../../../shared/operation';
import { channelField } from '../../descriptions';
import { wholeList } from '../../provider';
import { broadcastIdField, broadcastPath } from './common';

/** GET /{channelId}/broadcasts/{broadcastId}/recipients (MindCloud list-broadcast-recipients.md; no paging documented). */
export const getRecipients: OperationDef = {
	value: 'getRecipients',
	name: 'Get Many Recipients',
	action: 'Get many recipients of a broadcast',
	description: 'List the contacts a broadcast goes to',
	properties: [channelField, broadcastIdField, ...returnAllOrLimit()],
	run: async (op) =>
		await op.list(
			{ method: 'GET', path: `${broadcastPath(op.params)}/recipients` },
			wholeList('recipients', 'contacts'),
		),
};
