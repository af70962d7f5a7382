import type { ResourceDef } from '../../../shared/definitions';
import { getAll } from './getAll';

export const agency: ResourceDef = {
	value: 'agency',
	name: 'Agency',
	operations: [getAll],
};
