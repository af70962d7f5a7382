import type { ResourceDef } from '../../../shared/definitions';
import { get } from './get';
import { getAll } from './getAll';

export const template: ResourceDef = {
	value: 'template',
	name: 'Template',
	operations: [getAll, get],
};
