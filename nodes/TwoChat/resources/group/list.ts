import type { IDataObject } from 'n8n-workflow';

import type { OperationDef } from '../../../shared/operation';
import { itemsAt } from '../../../shared/pagination';
import { fromNumberField } from '../../fields';

export const list: OperationDef = {
	value: 'list',
	name: 'List',
	action: 'List groups of a number',
	description: 'List the WhatsApp groups a connected number belongs to',
	properties: [fromNumberField],
	run: async (op) => {
		const p = op.params;
		const from = p.segment('fromNumber', p.string('fromNumber', { required: true, phone: true }));
		const body = await op.request<IDataObject>({ method: 'GET', path: `/whatsapp/groups/${from}` });
		return itemsAt('data', 'groups')(body);
	},
};
