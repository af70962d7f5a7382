import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { executeOperations } from '../shared/execute';
import { buildProperties } from '../shared/operation';
import { getChannels, getGroups, getNumbers } from './methods/loadOptions';
import { twoChat } from './provider';
import { resources } from './resources';

export class TwoChat implements INodeType {
	description: INodeTypeDescription = {
		displayName: '2Chat',
		name: 'twoChat',
		icon: { light: 'file:../../icons/twochat.svg', dark: 'file:../../icons/twochat.dark.svg' },
		group: ['output'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Send WhatsApp messages and manage contacts, numbers and groups with 2Chat',
		defaults: { name: '2Chat' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'twoChatApi', required: true }],
		properties: buildProperties(resources),
	};

	methods = { loadOptions: { getChannels, getGroups, getNumbers } };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeOperations(this, twoChat, resources);
	}
}
