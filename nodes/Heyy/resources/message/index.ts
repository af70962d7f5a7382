import type { ResourceDef } from '../../../shared/definitions';
import { send } from './send';
import { sendAndWait } from './sendAndWait';

export const message: ResourceDef = {
	value: 'message',
	name: 'Message',
	operations: [send, sendAndWait],
};
