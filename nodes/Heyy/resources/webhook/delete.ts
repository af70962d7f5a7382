import { records } from '../../operations';
import { webhookIdField } from './common';

export const deleteWebhook = records.delete(
	'Delete an API webhook',
	'Delete an API webhook by its ID',
	[webhookIdField],
	(p) => `/api_webhooks/${p.id('webhookId')}`,
);
