import type { ResourceDef } from '../../../shared/definitions';
import { create } from './create';
import { deleteTicket } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

export const ticket: ResourceDef = {
	value: 'ticket',
	name: 'Ticket',
	operations: [getAll, create, deleteTicket, get, update],
};
