import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeParameterResourceLocator,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { runPool } from './dispatch/pool';
import { DEFAULT_MAX_WAIT_S, setRunSettings } from './dispatch/settings';
import type { BatchDef, OperationContext, OperationDef, OperationResult } from './definitions';
import { apiRequestAllItems } from './pagination';
import { Params } from './params';
import type { Provider } from './provider';
import { RETRY_POLICY } from './retry';
import { apiFailureOf, attachFailure } from './errors';
import { apiObject, apiRequest } from './transport';

export interface Route {
	operation: OperationDef;
	labels: Record<string, string>;
}

type Failure = NodeApiError | NodeOperationError;

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

/** One item's operation context: its parameters and requests with the node's credential. */
export function context(
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
		object: async (req) => await apiObject(ctx, provider, req, itemIndex),
		list: async (req, pagination, keep) =>
			await apiRequestAllItems(ctx, provider, req, pagination, params.listLimit(), itemIndex, keep),
	};
}

function asNodeError(ctx: IExecuteFunctions, error: unknown, itemIndex: number): Failure {
	return error instanceof NodeApiError || error instanceof NodeOperationError
		? error
		: new NodeOperationError(ctx.getNode(), error as Error, { itemIndex });
}

/**
 * What the item picked from lists (Resource Locators in From List mode), by
 * the name the user saw with its ID beside it: providers name a group or flow
 * by its ID alone ("No such group: 5f0…"), which the user never chose by.
 */
function pickedNames(route: Route | Error, op: OperationContext | undefined): Picked[] {
	if (route instanceof Error || !op) return [];
	const names: Picked[] = [];
	for (const property of route.operation.properties) {
		if (property.type !== 'resourceLocator') continue;
		let value: unknown;
		try {
			value = op.params.raw(property.name);
		} catch {
			continue; // an expression that fails is reported by the operation itself
		}
		const locator = value as INodeParameterResourceLocator | undefined;
		if (
			locator?.__rl &&
			locator.mode === 'list' &&
			typeof locator.cachedResultName === 'string' &&
			locator.cachedResultName !== '' &&
			locator.value !== '' &&
			locator.value !== undefined
		) {
			names.push({
				id: String(locator.value),
				text: `${property.displayName} "${locator.cachedResultName}" (ID ${String(locator.value)})`,
			});
		}
	}
	return names;
}

interface Picked {
	id: string;
	text: string;
}

/**
 * A failure's second line, with the names picked when the provider refused the
 * request and its answer names their IDs: a refusal about the contact says
 * nothing about the group picked beside it.
 */
function describe(failure: Failure, picked: Picked[]): string | undefined {
	// Only where the provider refused what was sent (a 4xx other than credential and rate limit):
	// an unreachable host or a server error says nothing about the group or flow picked.
	const api = apiFailureOf(failure);
	const status = api?.status ?? 0;
	const refused = status >= 400 && status < 500 && ![401, 403, 429].includes(status);
	if (!refused) return failure.description ?? undefined;
	const answer = `${failure.message} ${api?.providerMessage ?? ''} ${JSON.stringify(api?.body ?? '')}`;
	const named = picked.filter((p) => answer.toLowerCase().includes(p.id.toLowerCase()));
	if (!named.length) return failure.description ?? undefined;
	const line = `This item picked ${named.map((p) => p.text).join(', ')}.`;
	return `${failure.description ?? ''} ${line}`.trim();
}

/**
 * A copy of a failure with another description. The same error object can reach
 * several items (a bulk request) or several runs (a detection shared by the
 * process), so the one thrown is never the shared one.
 */
function withDescription(failure: Failure, description: string): Failure {
	const copy = Object.create(Object.getPrototypeOf(failure) as object) as Failure;
	for (const key of Object.getOwnPropertyNames(failure)) {
		Object.defineProperty(copy, key, Object.getOwnPropertyDescriptor(failure, key)!);
	}
	copy.description = description;
	const structured = apiFailureOf(failure);
	return structured ? attachFailure(copy, structured) : copy;
}

/** The output item Continue On Fail makes of a failed input item. */
function errorItem(failure: Failure, itemIndex: number, picked: Picked[]): INodeExecutionData {
	const json: IDataObject = { error: failure.message };
	const description = describe(failure, picked);
	if (description) json.description = description;
	if (failure instanceof NodeApiError && failure.httpCode) json.httpCode = failure.httpCode;
	return { json, pairedItem: { item: itemIndex } };
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

type Outcome = OperationResult | Error;

/** Runs every item through an operation's bulk path; returns each item's result or error. */
async function runBatch(
	ctx: IExecuteFunctions,
	provider: Provider,
	batch: BatchDef,
	ops: OperationContext[],
	parallel: number,
): Promise<Outcome[]> {
	const results: Outcome[] = new Array(ops.length);
	const groups = new Map<string, Array<{ index: number; entry: IDataObject }>>();
	for (const op of ops) {
		try {
			const entry = batch.prepare(op);
			const key = batch.key?.(entry) ?? '';
			let group = groups.get(key);
			if (!group) groups.set(key, (group = []));
			group.push({ index: op.itemIndex, entry });
		} catch (error) {
			results[op.itemIndex] = error as Error;
		}
	}
	// Without Continue On Fail, one invalid item stops the run before anything is sent.
	if (results.some((r) => r instanceof Error) && !ctx.continueOnFail()) return results;

	const chunks = [...groups.entries()].flatMap(([key, group]) =>
		chunksOf(group, batch).map((chunk) => ({ key, chunk })),
	);
	let failed = false;
	// Chunks of one group go in order; groups overlap within "Requests in Parallel".
	await runPool(
		chunks.length,
		parallel,
		(i) => chunks[i].key,
		async (i) => {
			const { chunk } = chunks[i];
			const first = chunk[0].index;
			try {
				const answers = await batch.send(
					chunk.map((c) => c.entry),
					chunk.map((c) => ops[c.index]),
					async (req) => await apiRequest(ctx, provider, req, first),
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
			if (chunk.some((c) => results[c.index] instanceof Error)) failed = true;
		},
		() => failed && !ctx.continueOnFail(),
	);
	return results;
}

/** "Request Options", read and checked once per run, from the first item. */
function readRunSettings(
	ctx: IExecuteFunctions,
	provider: Provider,
	labels: Record<string, string>,
) {
	const params = new Params(ctx, 0, labels);
	const options = params.collection('requestOptions');
	const number = (name: string, min: number, max?: number) =>
		params.checkNumber(name, options[name], { min, max });
	const parallel = number('parallel', 1, 100) ?? provider.parallel ?? 1;
	const maxWait = number('maxWait', 0) ?? DEFAULT_MAX_WAIT_S;
	const timeout = number('timeout', 1) ?? RETRY_POLICY.timeoutMs;
	return { parallel: Math.floor(parallel), maxWaitMs: maxWait * 1000, timeoutMs: timeout };
}

/** What a stopped parallel run had already done, for the error that stops it. */
function alsoSent(results: Outcome[], failedAt: number): string {
	const later = results
		.map((result, index) => ({ result, index }))
		.filter(
			({ result, index }) => index > failedAt && result !== undefined && !(result instanceof Error),
		)
		.map(({ index }) => index);
	if (!later.length) return '';
	const shown =
		later.length > 20
			? `${later.slice(0, 20).join(', ')} and ${later.length - 20} more`
			: later.join(', ');
	return ` Items sent in parallel before the run stopped: ${shown}; later items were not sent.`;
}

/**
 * Runs each item's operation, `parallel` at once; items to the same recipient (an operation's
 * `recipient`) one after the other, in item order. With `stopOnFailure`, no item starts after one
 * failed. An item not started has no result.
 */
async function runItems(
	routes: Array<Route | Error>,
	ops: Array<OperationContext | undefined>,
	parallel: number,
	stopOnFailure: boolean,
): Promise<Outcome[]> {
	const results: Outcome[] = new Array(routes.length);
	let failed = false;
	await runPool(
		routes.length,
		parallel,
		(i) => {
			const found = routes[i];
			if (found instanceof Error || !found.operation.recipient) return undefined;
			try {
				const who = found.operation.recipient(ops[i]!);
				return who === undefined ? undefined : `${found.operation.value}\u0000${who}`;
			} catch {
				return undefined; // the item fails on its own when it runs
			}
		},
		async (i) => {
			const found = routes[i];
			try {
				results[i] = found instanceof Error ? found : await found.operation.run(ops[i]!);
			} catch (error) {
				results[i] = error as Error;
			}
			if (results[i] instanceof Error) failed = true;
		},
		() => failed && stopOnFailure,
	);
	return results;
}

/**
 * The `execute` of every action node: runs the chosen operation for each
 * input item (or through its bulk path), up to "Requests in Parallel" at once
 * (items with the same recipient in order), pairs each output with its input
 * in input order, and honours Continue On Fail. Without it, the first failure
 * stops the run: nothing new starts, requests in flight finish, and the error
 * says which later items were sent.
 */
export async function runOperations(
	ctx: IExecuteFunctions,
	provider: Provider,
	route: (itemIndex: number) => Route,
	settingsLabels: Record<string, string>,
): Promise<INodeExecutionData[][]> {
	const items = ctx.getInputData();
	const settings = readRunSettings(ctx, provider, settingsLabels);
	setRunSettings(ctx, settings);
	const continueOnFail = ctx.continueOnFail();

	const routes = items.map((_, i) => {
		try {
			return route(i);
		} catch (error) {
			return error as Error;
		}
	});
	const ops = routes.map((found, i) =>
		found instanceof Error ? undefined : context(ctx, provider, i, found.labels),
	);

	const first = routes[0];
	const batch = items.length > 1 && !(first instanceof Error) ? first.operation.batch : undefined;
	const results =
		batch && routes.every((r) => r === first) && (batch.enabled?.(ops[0]!) ?? true)
			? await runBatch(ctx, provider, batch, ops as OperationContext[], settings.parallel)
			: await runItems(routes, ops, settings.parallel, !continueOnFail);

	const output: INodeExecutionData[] = [];
	for (let i = 0; i < items.length; i++) {
		const result = results[i];
		if (result === undefined) continue; // not started: an earlier failure stopped the run
		if (!(result instanceof Error)) {
			for (const item of toItems(result, i)) output.push(item);
			continue;
		}
		const failure = asNodeError(ctx, result, i);
		const picked = pickedNames(routes[i], ops[i]);
		if (!continueOnFail) {
			const more = alsoSent(results, i);
			const description = `${describe(failure, picked) ?? ''}${more}`.trim();
			throw description === (failure.description ?? '') || !description
				? failure
				: withDescription(failure, description);
		}
		output.push(errorItem(failure, i, picked));
	}
	return [output];
}
