import type { IDataObject } from 'n8n-workflow';

import { wholeGetManyOperation } from '../../../shared/factories';
import { itemsAt } from '../../../shared/pagination';
import { fromNumberField } from '../../descriptions';
import { phoneInPath } from '../../readers';

/**
 * GET /whatsapp/groups/{from}, one unpaged answer with the groups in `data[]`
 * (2ChatCo/2chat-n8n nodes/TwoChat/v1/methods/loadOptions.ts getGroups; skill 2chat-whatsapp-groups).
 */
export const getAll = wholeGetManyOperation(
	'Get many groups of a number',
	'Get the WhatsApp groups a connected number belongs to',
	[fromNumberField],
	async (op) => {
		const from = phoneInPath(op.params, 'fromNumber');
		const body = await op.request<IDataObject>({ method: 'GET', path: `/whatsapp/groups/${from}` });
		return itemsAt('data', 'groups')(body);
	},
);
