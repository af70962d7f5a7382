import type { ResourceDef } from '../../../shared/operation';
import { list } from './list';
import { send } from './send';

export const broadcast: ResourceDef = {
	value: 'broadcast',
	name: 'Broadcast',
	operations: [send, list],
};
