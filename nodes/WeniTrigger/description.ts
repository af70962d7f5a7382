import type { INodeProperties } from 'n8n-workflow';

import { triggerNotice } from '../shared/webhook/notice';
import { downloadOptions } from '../shared/webhook/media';
import { conversationOptions } from '../shared/webhook/conversation';
import { weniConversation } from './conversation';

/** The Weni Trigger's parameters (TriggerParams reads labels from here). */
export const properties: INodeProperties[] = [
	{
		displayName: triggerNotice({
			provider: 'Weni',
			setup:
				'In your Weni flow, add a "Call Zapier" action that names a resthook, then choose that resthook below: every contact passing the action starts this workflow.',
			registers: 'a subscriber of the resthook',
		}),
		name: 'notice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'Resthook Name or ID',
		name: 'resthook',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getResthooks' },
		required: true,
		default: '',
		description:
			'The slug of a "Call Zapier/resthook" action in a Weni flow. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	...downloadOptions,
	conversationOptions(weniConversation),
];
