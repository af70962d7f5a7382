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
	getAccounts,
	getApiAutomations,
	getAutomations,
	getCustomFieldCodes,
	getCustomFields,
	getTags,
	getTemplates,
} from './methods/loadOptions';
import { spoki } from './provider';
import { resources } from './resources';

export class Spoki implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Spoki',
		name: 'spoki',
		icon: { light: 'file:../../icons/spoki.svg', dark: 'file:../../icons/spoki.dark.svg' },
		group: ['output'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Send WhatsApp templates and messages, manage contacts and start automations with Spoki',
		defaults: { name: 'Spoki' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'spokiApi', required: true }],
		properties: buildProperties(resources),
	};

	methods = {
		loadOptions: {
			getAccounts,
			getApiAutomations,
			getAutomations,
			getCustomFieldCodes,
			getCustomFields,
			getTags,
			getTemplates,
		},
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeOperations(this, spoki, resources);
	}
}
