import type { ResourceDef } from '../../../shared/definitions';
import { getAll } from './getAll';

export const flowStart: ResourceDef = {
	value: 'flowStart',
	name: 'Flow Start',
	operations: [getAll],
};
