import { getMany } from '../../../shared/getMany';
import { itemsAt, whole } from '../../../shared/pagination';
import { fromNumberField } from '../../descriptions';
import { phoneInPath } from '../../readers';

/**
 * GET /whatsapp/groups/{from}, one unpaged answer with the groups in `data[]`
 * (2ChatCo/2chat-n8n nodes/TwoChat/v1/methods/loadOptions.ts getGroups; skill 2chat-whatsapp-groups).
 */
export const getAll = getMany({
	action: 'Get many groups of a number',
	description: 'Get the WhatsApp groups a connected number belongs to',
	fields: [fromNumberField],
	request: (op) => ({
		method: 'GET',
		path: `/whatsapp/groups/${phoneInPath(op.params, 'fromNumber')}`,
	}),
	pagination: whole(itemsAt('data', 'groups')),
});
