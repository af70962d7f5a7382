import { channelField } from '../../descriptions';
import { records } from '../../operations';

export const get = records.get(
	'Get a channel',
	'Get a channel by its ID',
	[channelField],
	(p) => `/channels/${p.id('channelId')}`,
);
