import type { INodeProperties } from 'n8n-workflow';

import { triggerNotice } from '../shared/webhook/notice';
import { downloadOptions } from '../shared/media';

/** The Weni Trigger's parameters (TriggerParams reads labels from here). */
export const properties: INodeProperties[] = [
	{
		displayName: `A resthook slug exists once a Weni flow has a "Call Zapier" (resthook) action that names it: add that action to your flow first. Every contact passing the action then starts this workflow with the flow payload. ${triggerNotice(
			{
				provider: 'Weni',
				registers: 'one resthook subscriber for the chosen slug',
				verifiedBy: 'token',
				tryIt:
					'run the flow (for example with its "Test" simulator or by messaging its keyword) so a contact passes its "Call Zapier" action',
			},
		)}`,
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
];
