import { getMany } from '../../../shared/getMany';
import { itemsAt, whole } from '../../../shared/pagination';

/**
 * GET /waba/numbers, read as 2Chat's own node reads it: `numbers[]` with `uuid`, `friendly_name`,
 * `phone_number`, `connection_status` (2ChatCo/2chat-n8n nodes/TwoChat/v1/methods/loadOptions.ts
 * getWabaNumbers). No docs page describes paging for it, so one request is made.
 */
export const getAllNumbers = getMany({
	value: 'getAllNumbers',
	name: 'Get Many Numbers',
	action: 'Get many WhatsApp Business numbers',
	description: 'Get the WhatsApp Business API numbers connected to 2Chat',
	request: () => ({ method: 'GET', path: '/waba/numbers' }),
	pagination: whole(itemsAt('numbers', 'data')),
});
