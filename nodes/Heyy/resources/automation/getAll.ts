import { getManyOperation } from '../../../shared/factories';
import { channelField } from '../../descriptions';
import { channelList } from '../../lists';

export const getAll = getManyOperation(
	'Get many automations of a channel',
	'List the automation workflows of a channel',
	[channelField],
	channelList('workflows'),
);
