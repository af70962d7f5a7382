import type { ResourceDef } from '../../../shared/definitions';
import { getAll } from './getAll';

export const flowRun: ResourceDef = {
	value: 'flowRun',
	name: 'Flow Run',
	operations: [getAll],
};
