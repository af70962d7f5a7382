import type { OperationDef } from '../../../shared/operation';
import { webhookIdField } from './common';

export const deleteWebhook: OperationDef = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete an API webhook',
	description: 'Delete an API webhook by its ID',
	properties: [webhookIdField],
	run: async (op) => {
		const id = op.params.id('webhookId');
		await op.request({ method: 'DELETE', path: `/api_webhooks/${id}` });
		return { deleted: true, id: decodeURIComponent(id) };
	},
};
