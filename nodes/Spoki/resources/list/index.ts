import type { ResourceDef } from '../../../shared/definitions';
import { addContacts } from './addContacts';
import { create } from './create';
import { deleteList } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { removeAllContacts } from './removeAllContacts';
import { removeContacts } from './removeContacts';

export const list: ResourceDef = {
	value: 'list',
	name: 'List',
	description: 'Contact lists, which campaigns target',
	operations: [getAll, addContacts, create, deleteList, get, removeAllContacts, removeContacts],
};
