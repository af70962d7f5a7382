import type {
	IDataObject,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { deliverMessage } from '../shared/webhook/message';
import { verifyTokenDelivery } from '../shared/webhook/delivery';
import { TriggerParams } from '../shared/webhook/params';
import { isRepeatDelivery } from '../shared/webhook/replay';
import { settingsOf } from '../shared/webhook/activation';
import { subscriptionLifecycle } from '../shared/webhook/subscriptions';
import { tokenWebhook } from '../shared/webhook/token';
import { getGroups, getNumbers, getVirtualNumbers } from '../TwoChat/methods/loadOptions';
import { eventsSubtitle, listening } from '../shared/webhook/notice';
import { properties } from './description';
import { twoChatConversation } from './conversation';
import { deliveryKey } from './events';
import type { TwoChatSettings } from './subscriptions';
import { twoChatSubscriptions } from './subscriptions';
import { twoChatAttachments, twoChatMediaHost } from './media';

export class TwoChatTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: '2Chat Trigger',
		name: 'twoChatTrigger',
		icon: { light: 'file:../../icons/twochat.svg', dark: 'file:../../icons/twochat.dark.svg' },
		group: ['trigger'],
		// Version 2 behaves as version 1. n8n evaluates an expression for every delivery to a
		// version-1 start node (options.binaryData in parseRequestBody, n8n-io/n8n
		// packages/cli/src/webhooks/webhook-helpers.ts); at version 2 a delivery needs none.
		version: [1, 2],
		defaultVersion: 2,
		subtitle: eventsSubtitle(properties),
		...listening(
			'2Chat',
			'Make a chosen event happen, for example write to the chosen number from another phone',
		),
		description: 'Starts the workflow when 2Chat reports WhatsApp or phone-call events',
		defaults: { name: '2Chat Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'twoChatApi', required: true }],
		// Each subscription's URL names its event (`&event=`).
		webhooks: [tokenWebhook()],
		properties,
	};

	methods = {
		loadOptions: { getGroups, getNumbers, getVirtualNumbers },
	};

	webhookMethods = { default: subscriptionLifecycle(twoChatSubscriptions) };

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const delivery = await verifyTokenDelivery(this, twoChatSubscriptions.provider);
		if (!delivery.ok) return delivery.response;
		const body = delivery.body;
		const { events } = settingsOf<TwoChatSettings>(this, () => ({
			events: new TriggerParams(this, properties).events(),
		}));
		// WABA payloads name their event; WhatsApp ones do not, their URL does.
		const fromUrl = (this.getQueryData() as IDataObject).event;
		const event =
			typeof body.event === 'string' && body.event
				? body.event
				: typeof fromUrl === 'string'
					? fromUrl
					: null;
		// An event this activation did not subscribe to (an older subscription): acknowledged, not run.
		if (typeof fromUrl === 'string' && !events.includes(fromUrl)) return {};
		const key = deliveryKey(event, body);
		if (key && isRepeatDelivery(this, key)) return {};
		const json = { event, ...body, attachments: twoChatAttachments(body) };
		return await deliverMessage(
			this,
			twoChatSubscriptions.provider,
			twoChatConversation,
			json,
			twoChatMediaHost,
		);
	}
}
