import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

import { requestOptionsProperty } from './dispatch/settings';
import type { Route } from './execute';
import { context, runOperations } from './execute';
import type { ResourceDef } from './definitions';
import { buildProperties } from './definitions';
import { labelsOf } from './params';
import type { Provider } from './provider';
import { itemError } from './validation';
import type { WaitChannel } from './wait/channel';
import { runWait } from './wait/run';
import { waitWebhook, waitWebhooks } from './wait/webhook';

export interface NodeDefinition {
	/** What every action node's description shares: group, version, one main input and output, and the properties. */
	description: Pick<
		INodeTypeDescription,
		'group' | 'version' | 'inputs' | 'outputs' | 'properties' | 'webhooks'
	>;
	/** Canvas subtitle: the chosen operation's action, e.g. "Send a message". */
	subtitle: string;
	/** Resource and Operation selectors, every operation's fields, and "Request Options". */
	properties: INodeProperties[];
	/** The node's `execute`: call it with the node's `this`. */
	execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]>;
	/** The node's `webhook` (answers to a Send and Wait): call it with the node's `this`. */
	webhook(this: IWebhookFunctions): Promise<IWebhookResponseData>;
}

/**
 * Wires an action node in one call: the properties its description shows and
 * the execute function that runs them, sharing one route table built here.
 */
export function defineNode(provider: Provider, resources: ResourceDef[]): NodeDefinition {
	const table = new Map<string, Route>();
	let wait: WaitChannel | undefined;
	for (const resource of resources) {
		for (const operation of resource.operations) {
			wait ??= operation.wait;
			table.set(`${resource.value}:${operation.value}`, {
				operation,
				labels: labelsOf(operation.properties),
			});
		}
	}
	const requestOptions = requestOptionsProperty(provider.parallel ?? 1);
	const settingsLabels = labelsOf([requestOptions]);

	const actions: Record<string, string> = {};
	for (const [key, { operation }] of table) actions[key] = operation.action;

	const properties = [...buildProperties(resources), requestOptions];
	return {
		description: {
			group: ['output'],
			version: 1,
			inputs: [NodeConnectionTypes.Main],
			outputs: [NodeConnectionTypes.Main],
			properties,
			...(wait ? { webhooks: waitWebhooks } : {}),
		},
		subtitle: `={{ (${JSON.stringify(actions)})[$parameter["resource"] + ":" + $parameter["operation"]] }}`,
		properties,
		async execute(this: IExecuteFunctions) {
			const route = (itemIndex: number): Route => {
				const resource = this.getNodeParameter('resource', itemIndex) as string;
				const operation = this.getNodeParameter('operation', itemIndex) as string;
				const found = table.get(`${resource}:${operation}`);
				if (!found) {
					throw itemError(
						this.getNode(),
						itemIndex,
						`The operation "${operation}" of "${resource}" is not supported`,
					);
				}
				return found;
			};
			const first = route(0);
			if (first.operation.wait)
				return await runWait(this, first.operation.wait, context(this, provider, 0, first.labels));
			return await runOperations(this, provider, route, settingsLabels);
		},
		async webhook(this: IWebhookFunctions) {
			if (!wait) throw new NodeOperationError(this.getNode(), 'This node has no webhook');
			return await waitWebhook(this, wait);
		},
	};
}
