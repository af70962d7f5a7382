import type { ResourceDef } from '../../../shared/operation';
import { get } from './get';
import { list } from './list';

export const template: ResourceDef = {
	value: 'template',
	name: 'Template',
	operations: [get, list],
};
