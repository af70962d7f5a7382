import type { OperationDef } from '../../../shared/definitions';
import { channelField } from '../../descriptions';
import { locatorKey } from '../../readers';
import { records } from '../../operations';
import { broadcastIdField, broadcastPath } from './common';

/** DELETE /{channelId}/broadcasts/{broadcastId} (MindCloud delete-broadcast.md). */
export const deleteBroadcast: OperationDef = {
	...records.delete(
		'Delete a broadcast',
		'Delete a broadcast of a channel',
		[channelField, broadcastIdField],
		broadcastPath,
	),
	// Writes to the same broadcast go out one after the other, in item order, even in parallel.
	recipient: (op) => locatorKey(op.params.raw('broadcastId', '')),
};
