import type { ResourceDef } from '../../../shared/definitions';
import { getAll } from './getAll';

export const globalResource: ResourceDef = {
	value: 'global',
	name: 'Global',
	operations: [getAll],
};
