import type { INodeProperties } from 'n8n-workflow';

import { triggerNotice } from '../shared/webhook/notice';
import { CONVERSATION_NEW, TIME_PERIODS, TWOCHAT_EVENTS } from './events';
import { downloadOptions } from '../shared/media';

/** The 2Chat Trigger's parameters (TriggerParams reads labels and allowed values from here). */
export const properties: INodeProperties[] = [
	{
		displayName: triggerNotice({
			provider: '2Chat',
			registers:
				'one 2Chat webhook per event, each at its own URL so every delivery says which event it is (output field "event")',
			verifiedBy: 'token',
			tryIt: 'send a WhatsApp message to the chosen number from another phone',
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
		description: 'One 2Chat webhook is registered per event',
	},
	{
		displayName: 'Number Name or ID',
		name: 'onNumber',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getNumbers' },
		required: true,
		default: '',
		description:
			'The connected WhatsApp number to watch. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Group Name or ID',
		name: 'groupUuid',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getGroups', loadOptionsDependsOn: ['onNumber'] },
		default: '',
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
];
