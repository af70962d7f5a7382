import type { ResourceDef } from '../../../shared/operation';
import { deleteContact } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';
import { upsert } from './upsert';

export const contact: ResourceDef = {
	value: 'contact',
	name: 'Contact',
	operations: [upsert, deleteContact, get, getAll, update],
};
