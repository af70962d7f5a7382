import type { ResourceDef } from '../../../shared/operation';
import { list } from './list';
import { run } from './run';

export const automation: ResourceDef = {
	value: 'automation',
	name: 'Automation',
	operations: [list, run],
};
