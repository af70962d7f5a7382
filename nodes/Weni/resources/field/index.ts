import type { ResourceDef } from '../../../shared/definitions';
import { create } from './create';
import { getAll } from './getAll';
import { update } from './update';

export const field: ResourceDef = {
	value: 'field',
	name: 'Contact Field',
	operations: [getAll, create, update],
};
