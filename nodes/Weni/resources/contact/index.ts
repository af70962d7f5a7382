import type { ResourceDef } from '../../../shared/definitions';
import { applyAction } from './action';
import { create } from './create';
import { deleteContact } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

export const contact: ResourceDef = {
	value: 'contact',
	name: 'Contact',
	operations: [getAll, get, create, update, applyAction, deleteContact],
};
