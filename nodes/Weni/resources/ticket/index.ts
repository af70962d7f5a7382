import type { ResourceDef } from '../../../shared/definitions';
import { applyAction } from './applyAction';
import { getAll } from './getAll';

export const ticket: ResourceDef = {
	value: 'ticket',
	name: 'Ticket',
	operations: [applyAction, getAll],
};
