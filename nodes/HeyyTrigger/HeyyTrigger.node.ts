import type {
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { deliverMessage } from '../shared/webhook/message';
import { verifyTokenDelivery } from '../shared/webhook/delivery';
import { isRepeatDelivery } from '../shared/webhook/replay';
import { subscriptionLifecycle } from '../shared/webhook/subscriptions';
import { tokenWebhook } from '../shared/webhook/token';
import { getChannels } from '../Heyy/methods/loadOptions';
import { eventsSubtitle, listening } from '../shared/webhook/notice';
import { properties } from './description';
import { heyyConversation } from './conversation';
import { normalizeDelivery } from './payload';
import { heyySubscriptions } from './subscriptions';
import { heyyMediaHost } from './media';

export class HeyyTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Heyy Trigger',
		name: 'heyyTrigger',
		icon: { light: 'file:../../icons/heyy.svg', dark: 'file:../../icons/heyy.dark.svg' },
		group: ['trigger'],
		// Version 2 behaves as version 1. n8n evaluates an expression for every delivery to a
		// version-1 start node (options.binaryData in parseRequestBody, n8n-io/n8n
		// packages/cli/src/webhooks/webhook-helpers.ts); at version 2 a delivery needs none.
		version: [1, 2],
		defaultVersion: 2,
		subtitle: eventsSubtitle(properties),
		...listening(
			'Heyy',
			'Send a WhatsApp message to your Heyy channel, or wait for a customer to write',
		),
		description:
			'Starts the workflow when Heyy reports messages received, message statuses or echoes',
		defaults: { name: 'Heyy Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'heyyApi', required: true }],
		webhooks: [tokenWebhook()],
		properties,
	};

	methods = { loadOptions: { getChannels } };

	webhookMethods = { default: subscriptionLifecycle(heyySubscriptions) };

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const delivery = await verifyTokenDelivery(this, heyySubscriptions.provider);
		if (!delivery.ok) return delivery.response;
		const item = normalizeDelivery(delivery.body);
		// Heyy's `id` is "a unique identifier for this webhook payload delivery"
		// (docs.heyy.io webhook-object-model): a repeat is acknowledged, not run twice.
		if (isRepeatDelivery(this, item.deliveryId)) return {};
		return await deliverMessage(
			this,
			heyySubscriptions.provider,
			heyyConversation,
			item,
			heyyMediaHost,
		);
	}
}
