import type { ResourceDef } from '../../../shared/operation';
import { list } from './list';

export const partner: ResourceDef = {
	value: 'partner',
	name: 'Partner',
	operations: [list],
};
