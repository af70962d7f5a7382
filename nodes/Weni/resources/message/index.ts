import type { ResourceDef } from '../../../shared/operation';
import { getAll } from './getAll';
import { send } from './send';

export const message: ResourceDef = {
	value: 'message',
	name: 'Message',
	operations: [send, getAll],
};
