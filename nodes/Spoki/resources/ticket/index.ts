import type { ResourceDef } from '../../../shared/operation';
import { create } from './create';
import { deleteTicket } from './delete';
import { get } from './get';
import { list } from './list';
import { update } from './update';

export const ticket: ResourceDef = {
	value: 'ticket',
	name: 'Ticket',
	operations: [create, deleteTicket, get, list, update],
};
