import { getManyOperation } from '../../../shared/factories';
import { channelField } from '../../descriptions';
import { channelList } from '../../lists';

/** GET /{channelId}/broadcasts (MindCloud list-broadcasts.md; no paging documented, so read whole). */
export const getAll = getManyOperation(
	'Get many broadcasts of a channel',
	'List the broadcasts of a channel',
	[channelField],
	channelList('broadcasts'),
);
