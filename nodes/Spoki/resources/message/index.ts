import type { ResourceDef } from '../../../shared/operation';
import { sendTemplate } from './sendTemplate';
import { sendText } from './sendText';

export const message: ResourceDef = {
	value: 'message',
	name: 'Message',
	operations: [sendTemplate, sendText],
};
