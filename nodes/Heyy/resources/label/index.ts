import type { ResourceDef } from '../../../shared/definitions';
import { create } from './create';
import { deleteLabel } from './delete';
import { getAll } from './getAll';

export const label: ResourceDef = {
	value: 'label',
	name: 'Label',
	operations: [getAll, create, deleteLabel],
};
