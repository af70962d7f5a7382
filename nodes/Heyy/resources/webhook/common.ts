import { locator } from '../../descriptions';

export const webhookIdField = locator({
	displayName: 'Webhook',
	name: 'webhookId',
	searchMethod: 'searchWebhooks',
	description: 'The API webhook',
});
