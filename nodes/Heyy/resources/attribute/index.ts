import type { ResourceDef } from '../../../shared/definitions';
import { create } from './create';
import { deleteAttribute } from './delete';
import { getAll } from './getAll';

export const attribute: ResourceDef = {
	value: 'attribute',
	name: 'Contact Attribute',
	operations: [getAll, create, deleteAttribute],
};
