import type { ResourceDef } from '../../../shared/operation';
import { get } from './get';
import { list } from './list';

export const group: ResourceDef = {
	value: 'group',
	name: 'Group',
	operations: [get, list],
};
