import type { ResourceDef } from '../../../shared/operation';
import { list } from './list';

export const webhook: ResourceDef = {
	value: 'webhook',
	name: 'Webhook',
	operations: [list],
};
