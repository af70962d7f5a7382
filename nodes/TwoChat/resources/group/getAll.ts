import type { IDataObject } from 'n8n-workflow';

import type { OperationDef } from '../../../shared/operation';
import { itemsAt } from '../../../shared/pagination';
import { fromNumberField } from '../../descriptions';
import { phoneInPath } from '../../readers';

export const list: OperationDef = {
	value: 'list',
	name: 'List',
	action: 'List groups of a number',
	description: 'List the WhatsApp groups a connected number belongs to',
	properties: [fromNumberField],
	run: async (op) => {
		const from = phoneInPath(op.params, 'fromNumber');
		const body = await op.request<IDataObject>({ method: 'GET', path: `/whatsapp/groups/${from}` });
		return itemsAt('data', 'groups')(body);
	},
};
