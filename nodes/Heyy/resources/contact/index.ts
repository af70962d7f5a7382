import type { ResourceDef } from '../../../shared/definitions';
import { create } from './create';
import { deleteContact } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { removeAttribute } from './removeAttribute';
import { setAttribute } from './setAttribute';
import { update } from './update';

export const contact: ResourceDef = {
	value: 'contact',
	name: 'Contact',
	operations: [getAll, create, get, update, setAttribute, removeAttribute, deleteContact],
};
