import { getManyOperation } from '../../../shared/factories';
import { channelField } from '../../descriptions';
import { wholeList } from '../../provider';

/** GET /{channelId}/broadcasts (MindCloud list-broadcasts.md; no paging documented, so read whole). */
export const getAll = getManyOperation(
	'Get many broadcasts of a channel',
	'List the broadcasts of a channel',
	[channelField],
	(op) => [
		{ method: 'GET', path: `/${op.params.id('channelId')}/broadcasts` },
		wholeList('broadcasts'),
	],
);
