import type { OperationDef } from '../../../shared/operation';
import { returnAllOrLimit } from '../../../shared/operation';
import { wholeList } from '../../provider';

export const list: OperationDef = {
	value: 'list',
	name: 'List',
	action: 'List API webhooks',
	description: 'List the API webhooks of the workspace',
	properties: [...returnAllOrLimit()],
	run: async (op) =>
		await op.list({ method: 'GET', path: '/api_webhooks' }, wholeList('apiWebhooks', 'webhooks')),
};
