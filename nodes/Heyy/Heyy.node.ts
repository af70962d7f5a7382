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
import { heyy } from './provider';
import { resources } from './resources';

const node = defineNode(heyy, resources);

export class Heyy implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Heyy',
		name: 'heyy',
		icon: { light: 'file:../../icons/heyy.svg', dark: 'file:../../icons/heyy.dark.svg' },
		subtitle: node.subtitle,
		description:
			'Send WhatsApp messages and manage contacts, labels, chats, automations and webhooks with Heyy',
		defaults: { name: 'Heyy' },
		usableAsTool: true,
		credentials: [{ name: 'heyyApi', required: true }],
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
