import type { OperationDef } from '../../../shared/operation';
import { itemsAt } from '../../../shared/pagination';

export const list: OperationDef = {
	value: 'list',
	name: 'List',
	action: 'List webhook subscriptions',
	description: 'List the webhook subscriptions of the account',
	properties: [],
	// 2Chat documents `{webhooks: [...]}`; its own n8n node expects a bare array. Both are read.
	run: async (op) =>
		itemsAt('webhooks', 'data')(await op.request({ method: 'GET', path: '/webhooks' })),
};
