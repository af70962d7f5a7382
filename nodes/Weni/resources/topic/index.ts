import type { ResourceDef } from '../../../shared/definitions';
import { getAll } from './getAll';

export const topic: ResourceDef = {
	value: 'topic',
	name: 'Ticket Topic',
	operations: [getAll],
};
