import type { ResourceDef } from '../../../shared/operation';
import { getAll } from './getAll';

export const flowStart: ResourceDef = {
	value: 'flowStart',
	name: 'Flow Start',
	operations: [getAll],
};
