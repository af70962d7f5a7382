import type { ResourceDef } from '../../../shared/definitions';
import { getAll } from './getAll';
import { send } from './send';

export const broadcast: ResourceDef = {
	value: 'broadcast',
	name: 'Broadcast',
	operations: [send, getAll],
};
