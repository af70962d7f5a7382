import type { ResourceDef } from '../../../shared/operation';
import { create } from './create';
import { list } from './list';
import { update } from './update';

export const field: ResourceDef = {
	value: 'field',
	name: 'Contact Field',
	operations: [create, list, update],
};
