import { getMany } from '../../../shared/getMany';
import { wholeList } from '../../provider';

export const getAll = getMany({
	action: 'Get many API webhooks',
	description: 'List the API webhooks of the workspace',
	request: () => ({ method: 'GET', path: '/api_webhooks' }),
	pagination: wholeList('apiWebhooks', 'webhooks'),
});
