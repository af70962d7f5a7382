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
import { spoki } from './provider';
import { resources } from './resources';

const node = defineNode(spoki, resources);

export class Spoki implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Spoki',
		name: 'spoki',
		icon: { light: 'file:../../icons/spoki.svg', dark: 'file:../../icons/spoki.dark.svg' },
		subtitle: node.subtitle,
		description:
			'Send WhatsApp templates and messages, manage contacts and start automations with Spoki',
		defaults: { name: 'Spoki' },
		usableAsTool: true,
		credentials: [{ name: 'spokiApi', required: true }],
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
