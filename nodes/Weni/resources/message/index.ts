import type { ResourceDef } from '../../../shared/operation';
import { list } from './list';
import { send } from './send';

export const message: ResourceDef = {
	value: 'message',
	name: 'Message',
	operations: [send, list],
};
