import { getManyOperation } from '../../../shared/factories';
import { wholeList } from '../../provider';

export const getAll = getManyOperation(
	'Get many API webhooks',
	'List the API webhooks of the workspace',
	[],
	() => [{ method: 'GET', path: '/api_webhooks' }, wholeList('apiWebhooks', 'webhooks')],
);
