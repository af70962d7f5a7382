import { getMany } from '../../../shared/getMany';
import { channelField } from '../../descriptions';
import { wholeList } from '../../provider';
import { broadcastIdField, broadcastPath } from './common';

/** GET /{channelId}/broadcasts/{broadcastId}/recipients (MindCloud list-broadcast-recipients.md; no paging documented). */
export const getRecipients = getMany({
	value: 'getRecipients',
	name: 'Get Many Recipients',
	action: 'Get many recipients of a broadcast',
	description: 'List the contacts a broadcast goes to',
	fields: [channelField, broadcastIdField],
	request: (op) => ({ method: 'GET', path: `${broadcastPath(op.params)}/recipients` }),
	pagination: wholeList('recipients', 'contacts'),
});
