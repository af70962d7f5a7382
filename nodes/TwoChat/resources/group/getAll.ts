import type { IDataObject } from 'n8n-workflow';

import type { OperationDef } from '../../../shared/operation';
import { returnAllOrLimit } from '../../../shared/operation';
import { itemsAt } from '../../../shared/pagination';
import { fromNumberField } from '../../descriptions';
import { phoneInPath } from '../../readers';
import { returnAllOrFirst } from '../../../shared/factories';

/**
 * GET /whatsapp/groups/{from}, one unpaged answer with the groups in `data[]`
 * (2ChatCo/2chat-n8n nodes/TwoChat/v1/methods/loadOptions.ts getGroups; skill 2chat-whatsapp-groups).
 */
export const getAll: OperationDef = {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many groups of a number',
	description: 'Get the WhatsApp groups a connected number belongs to',
	properties: [fromNumberField, ...returnAllOrLimit()],
	run: async (op) => {
		const p = op.params;
		const from = phoneInPath(p, 'fromNumber');
		const body = await op.request<IDataObject>({ method: 'GET', path: `/whatsapp/groups/${from}` });
		const groups = itemsAt('data', 'groups')(body);
		return returnAllOrFirst(p, groups);
	},
};
