import type { ResourceDef } from '../../../shared/definitions';
import { sendAndWait } from './sendAndWait';
import { sendButtons } from './sendButtons';
import { sendList } from './sendList';
import { sendTemplate } from './sendTemplate';
import { sendText } from './sendText';

export const message: ResourceDef = {
	value: 'message',
	name: 'Message',
	operations: [sendTemplate, sendButtons, sendList, sendText, sendAndWait],
};
