import type { ResourceDef } from '../../../shared/definitions';
import { getAll } from './getAll';

export const conversation: ResourceDef = {
	value: 'conversation',
	name: 'Conversation',
	operations: [getAll],
};
