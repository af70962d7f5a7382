import type { ResourceDef } from '../../../shared/definitions';
import { create } from './create';
import { deleteCustomField } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

export const customField: ResourceDef = {
	value: 'customField',
	name: 'Custom Field',
	operations: [getAll, create, deleteCustomField, get, update],
};
