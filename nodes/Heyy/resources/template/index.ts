import type { ResourceDef } from '../../../shared/definitions';
import { getAll } from './getAll';

export const template: ResourceDef = {
	value: 'template',
	name: 'Message Template',
	operations: [getAll],
};
