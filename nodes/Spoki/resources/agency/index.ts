import type { ResourceDef } from '../../../shared/operation';
import { getAll } from './getAll';

export const agency: ResourceDef = {
	value: 'agency',
	name: 'Agency',
	operations: [getAll],
};
