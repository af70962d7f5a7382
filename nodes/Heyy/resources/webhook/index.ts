import type { ResourceDef } from '../../../shared/definitions';
import { create } from './create';
import { deleteWebhook } from './delete';
import { getAll } from './getAll';
import { update } from './update';

export const webhook: ResourceDef = {
	value: 'webhook',
	name: 'Webhook',
	operations: [getAll, create, update, deleteWebhook],
};
