import type { ResourceDef } from '../../../shared/operation';
import { create } from './create';
import { deleteWebhook } from './delete';
import { list } from './list';
import { update } from './update';

export const webhook: ResourceDef = {
	value: 'webhook',
	name: 'Webhook',
	operations: [create, deleteWebhook, list, update],
};
