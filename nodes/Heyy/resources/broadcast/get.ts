import { channelField } from '../../descriptions';
import { records } from '../../operations';
import { broadcastIdField, broadcastPath } from './common';

/** GET /{channelId}/broadcasts/{broadcastId} (MindCloud get-broadcast-by-id.md). */
export const get = records.get(
	'Get a broadcast',
	'Get a broadcast of a channel',
	[channelField, broadcastIdField],
	broadcastPath,
);
