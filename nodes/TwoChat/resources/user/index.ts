import type { ResourceDef } from '../../../shared/definitions';
import { getAll } from './getAll';

export const user: ResourceDef = {
	value: 'user',
	name: 'User',
	operations: [getAll],
};
