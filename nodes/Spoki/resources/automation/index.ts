import type { ResourceDef } from '../../../shared/operation';
import { get } from './get';
import { list } from './list';
import { start } from './start';

export const automation: ResourceDef = {
	value: 'automation',
	name: 'Automation',
	operations: [get, list, start],
};
