import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';

import type { Pagination } from './pagination';
import type { Params } from './params';
import type { ApiRequest } from './transport';
import type { WaitChannel } from './wait/channel';

// What an operation and a resource are (OperationDef, ResourceDef), what an operation's run
// receives and returns, and the node properties built from them. The builders every provider
// shares are in operations.ts.

/** What an operation's `run` receives for one input item. */
export interface OperationContext {
	ctx: IExecuteFunctions;
	itemIndex: number;
	params: Params;
	/** One request with the node's credential (see transport.ts); the body as it came. */
	request<T = unknown>(req: ApiRequest): Promise<T>;
	/** One request whose answer must be a JSON object (an empty 2xx is `{}`); anything else fails the item. */
	object(req: ApiRequest): Promise<IDataObject>;
	/**
	 * A paged list honouring the operation's "Return All" / "Limit" parameters. With `keep`, only
	 * the items it keeps count (a filter the API lacks, applied as pages arrive).
	 */
	list(
		req: ApiRequest,
		pagination: Pagination,
		keep?: (item: IDataObject) => boolean,
	): Promise<IDataObject[]>;
}

export type OperationResult = IDataObject | IDataObject[] | INodeExecutionData[];

/**
 * A bulk path for an operation whose API takes many records per request
 * (Spoki contact sync, Weni contact actions). When present and enabled, the
 * runner prepares every item, sends them in chunks of `size`, and maps each
 * result back to its item.
 */
export interface BatchDef<T = IDataObject> {
	/** Largest number of entries (or of their `weight`) one request may carry. */
	size: number;
	/** How much of `size` an entry takes (e.g. its number of URNs); 1 by default. */
	weight?(entry: T): number;
	/** Whether this run takes the bulk path (e.g. a "Use Bulk Endpoint" toggle); read on item 0. */
	enabled?(op: OperationContext): boolean;
	/** Validates one item and builds its entry; throwing fails only that item, before any request. */
	prepare(op: OperationContext): T;
	/** Entries with different keys never share a request (e.g. a Weni action and its group). */
	key?(entry: T): string;
	/**
	 * Sends one chunk and returns one result per entry, in order (an Error
	 * fails that entry only). Throwing fails every item of the chunk.
	 */
	send(
		entries: T[],
		ops: OperationContext[],
		request: <R = unknown>(req: ApiRequest) => Promise<R>,
	): Promise<Array<OperationResult | Error>>;
}

/**
 * The `run` of an operation that goes through its bulk path even for one item
 * (a single input item, or a run the bulk path is not taken for): a chunk of one.
 */
export function runAlone<T>(batch: BatchDef<T>): OperationDef['run'] {
	return async (op) => {
		const [result] = await batch.send([batch.prepare(op)], [op], op.request);
		if (result instanceof Error) throw result;
		return result;
	};
}

/** One operation: its selector entry, its fields, and how to run it for an item. */
export interface OperationDef {
	value: string;
	name: string;
	/** Sentence-case action shown in the node panel, e.g. "Send a message". */
	action: string;
	description: string;
	/** Fields shown for this operation; display options for resource/operation are added for you. */
	properties: INodeProperties[];
	run(op: OperationContext): Promise<OperationResult>;
	/**
	 * Who a write reaches (a phone, URN, contact, group): items with the same
	 * recipient are sent one after the other, in item order, even when the run
	 * sends in parallel. Undefined lets the item overlap with any other.
	 */
	recipient?(op: OperationContext): string | undefined;
	/**
	 * Send and Wait: the node runs this operation once for the first item and
	 * waits (see wait/run.ts); the node gets n8n's resume webhooks.
	 */
	wait?: WaitChannel;
	/** Optional bulk path used when many items run this operation at once. */
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	batch?: BatchDef<any>;
}

export interface ResourceDef {
	value: string;
	name: string;
	description?: string;
	operations: OperationDef[];
}

function withShow(property: INodeProperties, resource: string, operation: string): INodeProperties {
	const show = property.displayOptions?.show ?? {};
	return {
		...property,
		displayOptions: {
			...property.displayOptions,
			show: { ...show, resource: [resource], operation: [operation] },
		},
	};
}

/** The Resource selector, one Operation selector per resource, and every operation's fields. */
export function buildProperties(resources: ResourceDef[]): INodeProperties[] {
	const resourceSelector: INodeProperties = {
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		// Sorted as n8n's option rule asks; the default stays the first resource given.
		options: resources
			.map<INodePropertyOptions>((r) => ({
				name: r.name,
				value: r.value,
				description: r.description,
			}))
			.sort((a, b) => a.name.localeCompare(b.name)),
		default: '',
	};
	// The first entry is the default; set after the literal so linters see a static shape.
	resourceSelector.default = resources[0].value;
	const properties: INodeProperties[] = [resourceSelector];
	for (const resource of resources) {
		const operationSelector: INodeProperties = {
			displayName: 'Operation',
			name: 'operation',
			type: 'options',
			noDataExpression: true,
			displayOptions: { show: { resource: [resource.value] } },
			options: resource.operations
				.map<INodePropertyOptions>((o) => ({
					name: o.name,
					value: o.value,
					action: o.action,
					description: o.description,
				}))
				.sort((a, b) => a.name.localeCompare(b.name)),
			default: '',
		};
		operationSelector.default = resource.operations[0].value;
		properties.push(operationSelector);
	}
	for (const resource of resources) {
		for (const operation of resource.operations) {
			for (const property of operation.properties) {
				properties.push(withShow(property, resource.value, operation.value));
			}
		}
	}
	return properties;
}
