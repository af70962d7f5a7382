import type { ResourceDef } from '../../../shared/operation';
import { get } from './get';
import { list } from './list';

export const tag: ResourceDef = {
	value: 'tag',
	name: 'Tag',
	operations: [get, list],
};
