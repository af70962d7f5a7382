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
import { getResthooks } from '../Weni/methods/loadOptions';
import { weniSubscriptions } from './subscriptions';

export class WeniTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Weni Trigger',
		name: 'weniTrigger',
		icon: { light: 'file:../../icons/weni.svg', dark: 'file:../../icons/weni.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{"resthook: " + $parameter["resthook"]}}',
		description: 'Starts the workflow when a Weni flow calls a resthook',
		defaults: { name: 'Weni Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'weniApi', required: true }],
		webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' }],
		properties: [
			{
				displayName:
					'A resthook slug exists once a Weni flow has a "Call Zapier" (resthook) action that names it: add that action to your flow first. On activation this workflow subscribes to the slug; every contact passing the action then starts it with the flow payload. Weni signs nothing, so the subscribed URL carries a secret token; deliveries without it are refused with 401.',
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
		],
	};

	methods = { loadOptions: { getResthooks } };

	webhookMethods = { default: subscriptionLifecycle(weniSubscriptions) };

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		if (!(await hasValidToken(this, weniSubscriptions.provider))) return rejectDelivery(this);
		const body = this.getBodyData() as IDataObject;
		return { workflowData: [[{ json: body }]] };
	}
}
