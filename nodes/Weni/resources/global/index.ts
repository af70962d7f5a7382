import type { ResourceDef } from '../../../shared/operation';
import { getAll } from './getAll';

export const globalResource: ResourceDef = {
	value: 'global',
	name: 'Global',
	operations: [getAll],
};
