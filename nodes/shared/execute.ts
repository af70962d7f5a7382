import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import type {
	BatchDef,
	OperationContext,
	OperationDef,
	OperationResult,
	ResourceDef,
} from './operation';
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

function asNodeError(ctx: IExecuteFunctions, error: unknown, itemIndex: number): NodeApiError | NodeOperationError {
	return error instanceof NodeApiError || error instanceof NodeOperationError
		? error
		: new NodeOperationError(ctx.getNode(), error as Error, { itemIndex });
}

/** The output item Continue On Fail makes of a failed input item. */
function errorItem(failure: NodeApiError | NodeOperationError, itemIndex: number): INodeExecutionData {
	const json: IDataObject = { error: failure.message };
	if (failure.description) json.description = failure.description;
	if (failure instanceof NodeApiError && failure.httpCode) json.httpCode = failure.httpCode;
	return { json, pairedItem: { item: itemIndex } };
}

function raise(ctx: IExecuteFunctions, failure: NodeApiError | NodeOperationError, itemIndex: number): never {
	if (failure instanceof NodeApiError) {
		throw new NodeApiError(ctx.getNode(), failure as unknown as JsonObject, { itemIndex });
	}
	throw new NodeOperationError(ctx.getNode(), failure, { itemIndex });
}

function route(ctx: IExecuteFunctions, table: Map<string, Route>, itemIndex: number): Route {
	const resource = ctx.getNodeParameter('resource', itemIndex) as string;
	const operation = ctx.getNodeParameter('operation', itemIndex) as string;
	const found = table.get(`${resource}:${operation}`);
	if (!found) {
		throw new NodeOperationError(
			ctx.getNode(),
			`The operation "${operation}" of "${resource}" is not supported [item ${itemIndex}]`,
			{ itemIndex },
		);
	}
	return found;
}

/** Splits a group into requests of at most `size` entries (or total weight). */
function chunksOf<T extends { entry: IDataObject }>(group: T[], batch: BatchDef): T[][] {
	const chunks: T[][] = [];
	let current: T[] = [];
	let load = 0;
	for (const member of group) {
		const weight = batch.weight?.(member.entry) ?? 1;
		if (current.length && load + weight > batch.size) {
			chunks.push(current);
			current = [];
			load = 0;
		}
		current.push(member);
		load += weight;
	}
	if (current.length) chunks.push(current);
	return chunks;
}

/** Runs every item through an operation's bulk path; returns each item's result or error. */
async function runBatch(
	ctx: IExecuteFunctions,
	batch: BatchDef,
	ops: OperationContext[],
): Promise<Array<OperationResult | Error>> {
	const results: Array<OperationResult | Error> = new Array(ops.length);
	const groups = new Map<string, Array<{ index: number; entry: IDataObject }>>();
	for (const op of ops) {
		try {
			const entry = batch.prepare(op);
			const key = batch.key?.(entry) ?? '';
			if (!groups.has(key)) groups.set(key, []);
			groups.get(key)!.push({ index: op.itemIndex, entry });
		} catch (error) {
			results[op.itemIndex] = error as Error;
		}
	}
	// Without Continue On Fail, one invalid item stops the run before anything is sent.
	const invalid = results.findIndex((r) => r instanceof Error);
	if (invalid >= 0 && !ctx.continueOnFail()) return results;

	for (const group of groups.values()) {
		for (const chunk of chunksOf(group, batch)) {
			try {
				const answers = await batch.send(
					ctx,
					chunk.map((c) => c.entry),
					chunk.map((c) => ops[c.index]),
				);
				chunk.forEach((c, j) => {
					results[c.index] =
						answers[j] ??
						new NodeOperationError(ctx.getNode(), `No result was returned for item ${c.index}`, {
							itemIndex: c.index,
						});
				});
			} catch (error) {
				for (const c of chunk) results[c.index] = error as Error;
			}
		}
	}
	return results;
}

/**
 * The `execute` of every action node: runs the chosen operation once per
 * input item (or through its bulk path), pairs each output with its input,
 * and honours Continue On Fail by turning a failed item into an error item
 * while the others go on.
 */
export async function executeOperations(
	ctx: IExecuteFunctions,
	provider: Provider,
	resources: ResourceDef[],
): Promise<INodeExecutionData[][]> {
	const items = ctx.getInputData();
	const table = routes(resources);
	const output: INodeExecutionData[] = [];
	const settle = (result: OperationResult | Error, itemIndex: number) => {
		if (!(result instanceof Error)) {
			for (const item of toItems(result, itemIndex)) output.push(item);
			return;
		}
		const failure = asNodeError(ctx, result, itemIndex);
		if (!ctx.continueOnFail()) raise(ctx, failure, itemIndex);
		output.push(errorItem(failure, itemIndex));
	};

	// The bulk path applies when every item runs the same batch-capable operation.
	const routeOrNone = (i: number) => {
		try {
			return route(ctx, table, i);
		} catch {
			return undefined; // reported per item below
		}
	};
	const first = items.length > 1 ? routeOrNone(0) : undefined;
	const batch = first?.operation.batch;
	if (first && batch) {
		const sameForAll = items.every((_, i) => routeOrNone(i) === first);
		const ops = items.map((_, i) => context(ctx, provider, i, first.labels));
		if (sameForAll && (batch.enabled?.(ops[0]) ?? true)) {
			const results = await runBatch(ctx, batch, ops);
			results.forEach((result, i) => settle(result, i));
			return [output];
		}
	}

	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		let result: OperationResult | Error;
		try {
			const found = route(ctx, table, itemIndex);
			result = await found.operation.run(context(ctx, provider, itemIndex, found.labels));
		} catch (error) {
			result = error as Error;
		}
		settle(result, itemIndex);
	}
	return [output];
}
