import type { ResourceDef } from '../../../shared/definitions';
import { getAll } from './getAll';

export const partner: ResourceDef = {
	value: 'partner',
	name: 'Partner',
	operations: [getAll],
};
