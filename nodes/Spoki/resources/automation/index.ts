import type { ResourceDef } from '../../../shared/definitions';
import { get } from './get';
import { getAll } from './getAll';
import { start } from './start';

export const automation: ResourceDef = {
	value: 'automation',
	name: 'Automation',
	operations: [start, get, getAll],
};
