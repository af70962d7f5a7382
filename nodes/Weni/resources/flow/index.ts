import type { ResourceDef } from '../../../shared/operation';
import { list } from './list';
import { listStarts } from './listStarts';
import { start } from './start';

export const flow: ResourceDef = {
	value: 'flow',
	name: 'Flow',
	operations: [list, listStarts, start],
};
