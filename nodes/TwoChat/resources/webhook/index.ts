import type { ResourceDef } from '../../../shared/definitions';
import { getAll } from './getAll';

export const webhook: ResourceDef = {
	value: 'webhook',
	name: 'Webhook',
	operations: [getAll],
};
