import type { ResourceDef } from '../../../shared/operation';
import { deleteContact } from './delete';
import { get } from './get';
import { list } from './list';
import { update } from './update';
import { upsert } from './upsert';

export const contact: ResourceDef = {
	value: 'contact',
	name: 'Contact',
	operations: [upsert, deleteContact, get, list, update],
};
