import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import type { OperationContext, OperationDef, OperationResult, ResourceDef } from './operation';
import { apiRequestAllItems } from './pagination';
import { labelsOf, Params } from './params';
import type { Provider } from './provider';
import { apiRequest } from './transport';

interface Route {
	operation: OperationDef;
	labels: Record<string, string>;
}

const routeCache = new WeakMap<ResourceDef[], Map<string, Route>>();

function routes(resources: ResourceDef[]): Map<string, Route> {
	let table = routeCache.get(resources);
	if (!table) {
		table = new Map();
		for (const resource of resources) {
			for (const operation of resource.operations) {
				table.set(`${resource.value}:${operation.value}`, {
					operation,
					labels: labelsOf(operation.properties),
				});
			}
		}
		routeCache.set(resources, table);
	}
	return table;
}

function toItems(result: OperationResult, itemIndex: number): INodeExecutionData[] {
	const list = Array.isArray(result) ? result : [result];
	return list.map((entry) => {
		const isItem =
			entry !== null &&
			typeof entry === 'object' &&
			'json' in entry &&
			typeof (entry as INodeExecutionData).json === 'object';
		const item: INodeExecutionData = isItem
			? { ...(entry as INodeExecutionData) }
			: { json: entry as IDataObject };
		item.pairedItem = { item: itemIndex };
		return item;
	});
}

function context(
	ctx: IExecuteFunctions,
	provider: Provider,
	itemIndex: number,
	labels: Record<string, string>,
): OperationContext {
	const params = new Params(ctx, itemIndex, labels);
	return {
		ctx,
		itemIndex,
		params,
		request: async (req) => await apiRequest(ctx, provider, req, itemIndex),
		list: async (req, pagination) => {
			const returnAll = params.boolean('returnAll', false);
			const limit = returnAll
				? undefined
				: params.number('limit', { required: true, min: 1, integer: true });
			return await apiRequestAllItems(ctx, provider, req, pagination, limit, itemIndex);
		},
	};
}

/**
 * The `execute` of every action node: runs the chosen operation once per
 * input item, pairs each output with its input, and honours Continue On Fail
 * by turning a failed item into an error item while the others go on.
 */
export async function executeOperations(
	ctx: IExecuteFunctions,
	provider: Provider,
	resources: ResourceDef[],
): Promise<INodeExecutionData[][]> {
	const items = ctx.getInputData();
	const table = routes(resources);
	const output: INodeExecutionData[] = [];

	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			const resource = ctx.getNodeParameter('resource', itemIndex) as string;
			const operation = ctx.getNodeParameter('operation', itemIndex) as string;
			const route = table.get(`${resource}:${operation}`);
			if (!route) {
				throw new NodeOperationError(
					ctx.getNode(),
					`The operation "${operation}" of "${resource}" is not supported [item ${itemIndex}]`,
					{ itemIndex },
				);
			}
			const result = await route.operation.run(context(ctx, provider, itemIndex, route.labels));
			for (const item of toItems(result, itemIndex)) output.push(item);
		} catch (error) {
			const failure =
				error instanceof NodeApiError || error instanceof NodeOperationError
					? error
					: new NodeOperationError(ctx.getNode(), error as Error, { itemIndex });
			if (ctx.continueOnFail()) {
				const json: IDataObject = { error: failure.message };
				if (failure.description) json.description = failure.description;
				if (failure instanceof NodeApiError && failure.httpCode) json.httpCode = failure.httpCode;
				output.push({ json, pairedItem: { item: itemIndex } });
				continue;
			}
			if (failure instanceof NodeApiError) {
				throw new NodeApiError(ctx.getNode(), failure as unknown as JsonObject, { itemIndex });
			}
			throw new NodeOperationError(ctx.getNode(), failure, { itemIndex });
		}
	}
	return [output];
}
