import type {
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { subscriptionLifecycle } from '../shared/webhook/subscriptions';
import { isRepeatDelivery } from '../shared/webhook/replay';
import { hasValidToken, rejectDelivery } from '../shared/webhook/token';
import { getChannels } from '../Heyy/methods/loadOptions';
import { WEBHOOK_TYPES } from '../Heyy/webhookTypes';
import { normalizeDelivery } from './payload';
import { heyySubscriptions } from './subscriptions';

export class HeyyTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Heyy Trigger',
		name: 'heyyTrigger',
		icon: { light: 'file:../../icons/heyy.svg', dark: 'file:../../icons/heyy.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["events"].join(", ")}}',
		description: 'Starts the workflow when Heyy reports messages received, message statuses or echoes',
		defaults: { name: 'Heyy Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'heyyApi', required: true }],
		webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' }],
		properties: [
			{
				displayName:
					'Heyy signs nothing, so the URL registered with Heyy carries a secret token; deliveries without it are refused with 401',
				name: 'notice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				options: WEBHOOK_TYPES,
				required: true,
				default: ['WHATSAPP_MESSAGE_RECEIVED'],
				description: 'One Heyy API webhook is registered per event type',
			},
			{
				displayName: 'Channel Name or ID',
				name: 'channelId',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getChannels' },
				default: '',
				description:
					'Only events of this channel; leave empty for every channel. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
		],
	};

	methods = { loadOptions: { getChannels } };

	webhookMethods = { default: subscriptionLifecycle(heyySubscriptions) };

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		if (!(await hasValidToken(this, heyySubscriptions.provider))) return rejectDelivery(this);
		const item = normalizeDelivery(this.getBodyData());
		// Heyy may deliver the same event again: acknowledged, not run twice.
		if (isRepeatDelivery(this, item.deliveryId)) return {};
		return { workflowData: [this.helpers.returnJsonArray(item)] };
	}
}
