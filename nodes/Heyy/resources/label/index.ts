import type { ResourceDef } from '../../../shared/operation';
import { create } from './create';
import { deleteLabel } from './delete';
import { list } from './list';

export const label: ResourceDef = {
	value: 'label',
	name: 'Label',
	operations: [create, deleteLabel, list],
};
