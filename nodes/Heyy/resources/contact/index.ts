import type { ResourceDef } from '../../../shared/operation';
import { create } from './create';
import { deleteContact } from './delete';
import { get } from './get';
import { list } from './list';
import { removeAttribute } from './removeAttribute';
import { setAttribute } from './setAttribute';
import { update } from './update';

export const contact: ResourceDef = {
	value: 'contact',
	name: 'Contact',
	operations: [create, deleteContact, get, list, removeAttribute, setAttribute, update],
};
