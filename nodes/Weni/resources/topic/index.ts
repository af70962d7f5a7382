import type { ResourceDef } from '../../../shared/operation';
import { getAll } from './getAll';

export const topic: ResourceDef = {
	value: 'topic',
	name: 'Ticket Topic',
	operations: [getAll],
};
