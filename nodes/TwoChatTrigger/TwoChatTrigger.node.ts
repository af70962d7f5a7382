import type {
	IDataObject,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { subscriptionLifecycle } from '../shared/webhook/subscriptions';
import { hasValidToken, rejectDelivery } from '../shared/webhook/token';
import { getGroups, getNumbers } from '../TwoChat/methods/loadOptions';
import { TWOCHAT_EVENTS } from './events';
import { twoChatSubscriptions } from './subscriptions';

export class TwoChatTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: '2Chat Trigger',
		name: 'twoChatTrigger',
		icon: { light: 'file:../../icons/twochat.svg', dark: 'file:../../icons/twochat.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["events"].join(", ")}}',
		description: 'Starts the workflow when 2Chat reports WhatsApp events',
		defaults: { name: '2Chat Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'twoChatApi', required: true }],
		webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' }],
		properties: [
			{
				displayName:
					'2Chat signs nothing, so the URL registered with 2Chat carries a secret token; deliveries without it are refused with 401',
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
		],
	};

	methods = {
		loadOptions: { getGroups, getNumbers },
	};

	webhookMethods = { default: subscriptionLifecycle(twoChatSubscriptions) };

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		if (!(await hasValidToken(this, twoChatSubscriptions.provider))) return rejectDelivery(this);
		const body = this.getBodyData() as IDataObject;
		return { workflowData: [this.helpers.returnJsonArray(body)] };
	}
}
