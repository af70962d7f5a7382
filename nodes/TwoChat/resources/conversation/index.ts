import type { ResourceDef } from '../../../shared/operation';
import { getAll } from './getAll';

export const conversation: ResourceDef = {
	value: 'conversation',
	name: 'Conversation',
	operations: [getAll],
};
