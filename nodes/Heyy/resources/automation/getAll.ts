import { getMany } from '../../../shared/getMany';
import { channelList } from '../../lists';

export const getAll = getMany({
	action: 'Get many automations of a channel',
	description: 'List the automation workflows of a channel',
	...channelList('workflows'),
});
