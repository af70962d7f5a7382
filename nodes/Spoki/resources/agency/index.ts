import type { ResourceDef } from '../../../shared/operation';
import { list } from './list';

export const agency: ResourceDef = {
	value: 'agency',
	name: 'Agency',
	operations: [list],
};
