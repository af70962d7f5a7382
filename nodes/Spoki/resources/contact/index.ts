import type { ResourceDef } from '../../../shared/definitions';
import { addOperator } from './addOperator';
import { deleteContact } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { removeOperator } from './removeOperator';
import { update } from './update';
import { upsert } from './upsert';

export const contact: ResourceDef = {
	value: 'contact',
	name: 'Contact',
	operations: [upsert, addOperator, deleteContact, get, getAll, removeOperator, update],
};
