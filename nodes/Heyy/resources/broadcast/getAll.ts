import { getMany } from '../../../shared/getMany';
import { channelList } from '../../lists';

/** GET /{channelId}/broadcasts (MindCloud list-broadcasts.md; no paging documented, so read whole). */
export const getAll = getMany({
	action: 'Get many broadcasts of a channel',
	description: 'List the broadcasts of a channel',
	...channelList('broadcasts'),
});
