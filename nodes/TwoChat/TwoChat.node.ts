import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { defineNode } from '../shared/node';
import { loadOptions } from './methods';
import { twoChat } from './provider';
import { resources } from './resources';

const node = defineNode(twoChat, resources);

export class TwoChat implements INodeType {
	description: INodeTypeDescription = {
		displayName: '2Chat',
		name: 'twoChat',
		icon: { light: 'file:../../icons/twochat.svg', dark: 'file:../../icons/twochat.dark.svg' },
		group: ['output'],
		version: 1,
		subtitle: node.subtitle,
		description: 'Send WhatsApp messages and manage contacts, numbers and groups with 2Chat',
		defaults: { name: '2Chat' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'twoChatApi', required: true }],
		properties: node.properties,
	};

	methods = { loadOptions };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await node.execute.call(this);
	}
}
