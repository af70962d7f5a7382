import type { ResourceDef } from '../../../shared/definitions';
import { getAll } from './getAll';
import { run } from './run';

export const automation: ResourceDef = {
	value: 'automation',
	name: 'Automation',
	operations: [getAll, run],
};
