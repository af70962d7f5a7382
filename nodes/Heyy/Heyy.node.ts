import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { executeOperations } from '../shared/execute';
import { buildProperties } from '../shared/operation';
import {
	getAttributeIds,
	getAttributes,
	getAutomations,
	getChannels,
	getLabelNames,
	getLabels,
	getTemplates,
} from './methods/loadOptions';
import { heyy } from './provider';
import { resources } from './resources';

export class Heyy implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Heyy',
		name: 'heyy',
		icon: { light: 'file:../../icons/heyy.svg', dark: 'file:../../icons/heyy.dark.svg' },
		group: ['output'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Send WhatsApp messages and manage contacts, labels, chats, automations and webhooks with Heyy',
		defaults: { name: 'Heyy' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'heyyApi', required: true }],
		properties: buildProperties(resources),
	};

	methods = {
		loadOptions: {
			getAttributeIds,
			getAttributes,
			getAutomations,
			getChannels,
			getLabelNames,
			getLabels,
			getTemplates,
		},
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeOperations(this, heyy, resources);
	}
}
