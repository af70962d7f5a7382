import type { ResourceDef } from '../../../shared/definitions';
import { applyAction } from './applyAction';
import { getAll } from './getAll';
import { send } from './send';
import { sendAndWait } from './sendAndWait';
import { sendTemplate } from './sendTemplate';

export const message: ResourceDef = {
	value: 'message',
	name: 'Message',
	operations: [send, sendAndWait, sendTemplate, getAll, applyAction],
};
