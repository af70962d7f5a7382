import type { INodeProperties } from 'n8n-workflow';

import { triggerNotice } from '../shared/webhook/notice';
import { SPOKI_EVENTS } from './events';
import { downloadOptions } from '../shared/webhook/media';
import { conversationOptions } from '../shared/webhook/conversation';
import { spokiConversation } from './conversation';

/** The Spoki Trigger's parameters (TriggerParams reads labels and allowed values from here). */
export const properties: INodeProperties[] = [
	{
		displayName: triggerNotice({ provider: 'Spoki', registers: 'one Spoki webhook per event' }),
		name: 'notice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'Events',
		name: 'events',
		type: 'multiOptions',
		options: SPOKI_EVENTS,
		required: true,
		default: ['message.inbound'],
		description: 'Each event gets its own Spoki webhook to this workflow',
	},
	...downloadOptions,
	conversationOptions(spokiConversation),
];
