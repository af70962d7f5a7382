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
import { weni } from './provider';
import { resources } from './resources';

const node = defineNode(weni, resources);

export class Weni implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Weni',
		name: 'weni',
		icon: { light: 'file:../../icons/weni.svg', dark: 'file:../../icons/weni.dark.svg' },
		description:
			'Manage contacts, fields, groups, flows, messages and broadcasts in Weni (Weni Flows or RapidPro API v2)',
		subtitle: node.subtitle,
		defaults: { name: 'Weni' },
		usableAsTool: true,
		credentials: [{ name: 'weniApi', required: true }],
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
