import type { ResourceDef } from '../../../shared/operation';
import { applyAction } from './action';
import { create } from './create';
import { deleteContact } from './delete';
import { get } from './get';
import { list } from './list';
import { update } from './update';

export const contact: ResourceDef = {
	value: 'contact',
	name: 'Contact',
	operations: [applyAction, create, deleteContact, get, list, update],
};
