import type { OperationDef } from '../../../shared/operation';
import { channelField } from '../../descriptions';
import { unwrap } from '../../provider';
import { broadcastIdField, broadcastPath } from './common';

/** GET /{channelId}/broadcasts/{broadcastId} (MindCloud get-broadcast-by-id.md). */
export const get: OperationDef = {
	value: 'get',
	name: 'Get',
	action: 'Get a broadcast',
	description: 'Get a broadcast of a channel',
	properties: [channelField, broadcastIdField],
	run: async (op) => unwrap(await op.request({ method: 'GET', path: broadcastPath(op.params) })),
};
