import { getManyOperation } from '../../../shared/factories';
import { channelField } from '../../descriptions';
import { wholeList } from '../../provider';

export const getAll = getManyOperation(
	'Get many automations of a channel',
	'List the automation workflows of a channel',
	[channelField],
	(op) => [
		{ method: 'GET', path: `/${op.params.id('channelId')}/workflows` },
		wholeList('workflows'),
	],
);
