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
import { getResthooks } from '../Weni/methods/loadOptions';
import { properties } from './description';
import { weniConversation } from './conversation';
import { resthookCallId } from './identity';
import { weniAttachments, weniMediaHost } from './media';
import { weniSubscriptions } from './subscriptions';
import { listening } from '../shared/webhook/notice';

export class WeniTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Weni Trigger',
		name: 'weniTrigger',
		icon: { light: 'file:../../icons/weni.svg', dark: 'file:../../icons/weni.dark.svg' },
		group: ['trigger'],
		// Version 2 behaves as version 1. n8n evaluates an expression for every delivery to a
		// version-1 start node (options.binaryData in parseRequestBody, n8n-io/n8n
		// packages/cli/src/webhooks/webhook-helpers.ts); at version 2 a delivery needs none.
		version: [1, 2],
		defaultVersion: 2,
		subtitle:
			'={{ $parameter["resthook"] ? "Resthook " + $parameter["resthook"] : "Choose a resthook" }}',
		...listening(
			'Weni',
			'Run the flow so a contact passes its "Call Zapier" action for this resthook',
		),
		description: 'Starts the workflow when a Weni flow calls a resthook',
		defaults: { name: 'Weni Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'weniApi', required: true }],
		webhooks: [tokenWebhook()],
		properties,
	};

	methods = { loadOptions: { getResthooks } };

	webhookMethods = { default: subscriptionLifecycle(weniSubscriptions) };

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const delivery = await verifyTokenDelivery(this, weniSubscriptions.provider);
		if (!delivery.ok) return delivery.response;
		// A repeated call (a retry, a replay) is acknowledged, not run twice.
		if (isRepeatDelivery(this, resthookCallId(delivery.body))) return {};
		const json = { ...delivery.body, attachments: weniAttachments(delivery.body) };
		return await deliverMessage(
			this,
			weniSubscriptions.provider,
			weniConversation,
			json,
			weniMediaHost,
		);
	}
}
