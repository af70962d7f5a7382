import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';

import { defineNode } from '../shared/node';
import * as nodeMethods from './methods';
import { twoChat } from './provider';
import { resources } from './resources';

const node = defineNode(twoChat, resources);

export class TwoChat implements INodeType {
	description: INodeTypeDescription = {
		displayName: '2Chat',
		name: 'twoChat',
		icon: { light: 'file:../../icons/twochat.svg', dark: 'file:../../icons/twochat.dark.svg' },
		subtitle: node.subtitle,
		description:
			'Send WhatsApp messages (WhatsApp Web and WhatsApp Business API) and manage contacts, conversations, numbers and groups with 2Chat',
		defaults: { name: '2Chat' },
		usableAsTool: true,
		credentials: [{ name: 'twoChatApi', required: true }],
		...node.description,
	};

	// Every dropdown, list search and resource mapper in methods/, registered by namespace.
	methods = { ...nodeMethods };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await node.execute.call(this);
	}

	// Answers to Send and Wait for Response: the contact's reply, delivered by the provider, or a link.
	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return await node.webhook.call(this);
	}
}
