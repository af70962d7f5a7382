import type { ResourceDef } from '../../../shared/operation';
import { create } from './create';
import { deleteAttribute } from './delete';
import { list } from './list';

export const attribute: ResourceDef = {
	value: 'attribute',
	name: 'Contact Attribute',
	operations: [create, deleteAttribute, list],
};
