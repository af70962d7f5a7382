import type { ResourceDef } from '../../../shared/definitions';
import { getAll } from './getAll';
import { start } from './start';

export const flow: ResourceDef = {
	value: 'flow',
	name: 'Flow',
	operations: [start, getAll],
};
