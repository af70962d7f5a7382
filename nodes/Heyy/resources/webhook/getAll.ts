import type { OperationDef } from '../../../shared/operation';
import { returnAllOrLimit } from '../../../shared/operation';
import { wholeList } from '../../provider';

export const getAll: OperationDef = {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many API webhooks',
	description: 'List the API webhooks of the workspace',
	properties: [...returnAllOrLimit()],
	run: async (op) =>
		await op.list({ method: 'GET', path: '/api_webhooks' }, wholeList('apiWebhooks', 'webhooks')),
};
