import type { ResourceDef } from '../../../shared/definitions';
import { deleteMessage } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { send } from './send';
import { sendAndWait } from './sendAndWait';

export const message: ResourceDef = {
	value: 'message',
	name: 'Message',
	operations: [send, sendAndWait, getAll, get, deleteMessage],
};
