import { locatorKey } from '../../readers';
import type { OperationDef } from '../../../shared/operation';
import { channelField } from '../../descriptions';
import { broadcastIdField, broadcastPath } from './common';

/** DELETE /{channelId}/broadcasts/{broadcastId} (MindCloud delete-broadcast.md). */
export const deleteBroadcast: OperationDef = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a broadcast',
	description: 'Delete a broadcast of a channel',
	properties: [channelField, broadcastIdField],
	// Writes to the same broadcast go out one after the other, in item order, even in parallel.
	recipient: (op) => locatorKey(op.params.raw('broadcastId', '')),
	run: async (op) => {
		const path = broadcastPath(op.params);
		await op.request({ method: 'DELETE', path });
		return { deleted: true, id: decodeURIComponent(path.split('/').pop() ?? '') };
	},
};
