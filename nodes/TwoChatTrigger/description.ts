import type { INodeProperties } from 'n8n-workflow';

import { triggerNotice } from '../shared/webhook/notice';
import {
	CONVERSATION_NEW,
	PHONE_CALL_EVENTS,
	TIME_PERIODS,
	TWOCHAT_EVENTS,
	WHATSAPP_EVENTS,
} from './events';
import { downloadOptions } from '../shared/webhook/media';
import { conversationOptions } from '../shared/webhook/conversation';
import { twoChatConversation } from './conversation';

/** The 2Chat Trigger's parameters (TriggerParams reads labels and allowed values from here). */
export const properties: INodeProperties[] = [
	{
		displayName: triggerNotice({
			provider: '2Chat',
			setup:
				'Nothing needs setting up in 2Chat: choose the number (or, for call events, the virtual number) and the events below.',
			registers: 'one 2Chat webhook per event',
		}),
		name: 'notice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'Events',
		name: 'events',
		type: 'multiOptions',
		options: TWOCHAT_EVENTS,
		required: true,
		default: ['whatsapp.message.received'],
		description:
			'One 2Chat webhook is registered per event. WhatsApp events watch a connected number, phone-call events a virtual number; both kinds can be chosen together.',
	},
	{
		displayName: 'Number Name or ID',
		name: 'onNumber',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getNumbers' },
		required: true,
		default: '',
		// n8n shows a parameter when any chosen value is listed: here, any WhatsApp event.
		displayOptions: { show: { events: WHATSAPP_EVENTS } },
		description:
			'The connected WhatsApp number to watch. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Virtual Number Name or ID',
		name: 'virtualNumber',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getVirtualNumbers' },
		required: true,
		default: '',
		displayOptions: { show: { events: PHONE_CALL_EVENTS } },
		description:
			'The 2Chat virtual phone number whose calls to watch (its UUID, DID…). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Group Name or ID',
		name: 'groupUuid',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getGroups', loadOptionsDependsOn: ['onNumber'] },
		default: '',
		displayOptions: { show: { events: WHATSAPP_EVENTS } },
		description:
			'Limit group events to one group; other events ignore it. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'New Conversation After',
		name: 'timePeriod',
		type: 'options',
		options: TIME_PERIODS,
		default: 'all-time',
		displayOptions: { show: { events: [CONVERSATION_NEW] } },
		description:
			'How long a contact must have been silent for its next message to count as a new conversation',
	},
	...downloadOptions,
	conversationOptions(twoChatConversation),
];
