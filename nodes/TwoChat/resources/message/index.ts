import type { ResourceDef } from '../../../shared/operation';
import { deleteMessage } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { send } from './send';

export const message: ResourceDef = {
	value: 'message',
	name: 'Message',
	operations: [send, getAll, get, deleteMessage],
};
