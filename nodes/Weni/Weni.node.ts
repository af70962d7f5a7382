import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { executeOperations } from '../shared/execute';
import { buildProperties } from '../shared/operation';
import { getFields, getFlows, getGroups, getLabels } from './methods/loadOptions';
import { weni } from './provider';
import { resources } from './resources';

export class Weni implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Weni',
		name: 'weni',
		icon: { light: 'file:../../icons/weni.svg', dark: 'file:../../icons/weni.dark.svg' },
		group: ['output'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Manage contacts, fields, groups, flows, messages and broadcasts in Weni (RapidPro API v2)',
		defaults: { name: 'Weni' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'weniApi', required: true }],
		properties: buildProperties(resources),
	};

	methods = { loadOptions: { getFields, getFlows, getGroups, getLabels } };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeOperations(this, weni, resources);
	}
}
