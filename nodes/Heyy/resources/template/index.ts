import type { ResourceDef } from '../../../shared/operation';
import { list } from './list';

export const template: ResourceDef = {
	value: 'template',
	name: 'Message Template',
	operations: [list],
};
