import type { ResourceDef } from '../../../shared/operation';
import { create } from './create';
import { deleteContact } from './delete';
import { get } from './get';
import { list } from './list';
import { search } from './search';
import { update } from './update';

export const contact: ResourceDef = {
	value: 'contact',
	name: 'Contact',
	operations: [create, deleteContact, get, list, search, update],
};
