import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { filtersCollection, optionsCollection, simplifyField } from './descriptions';
import type { OperationContext, OperationDef } from './definitions';
import type { Pagination } from './pagination';
import type { ApiRequest } from './transport';

/** "Return All" and "Limit", the pair every list operation carries. */
function returnAllOrLimit(): INodeProperties[] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			displayOptions: { show: { returnAll: [false] } },
			typeOptions: { minValue: 1 },
			default: 50,
			description: 'Max number of results to return',
		},
	];
}

/** An item with only `keys` (those it has). */
function kept(item: IDataObject, keys: string[]): IDataObject {
	const out: IDataObject = {};
	for (const key of keys) if (item[key] !== undefined) out[key] = item[key];
	return out;
}

/** What a Get Many shows: its selector entry and its fields, in n8n's order. */
interface GetManyFields {
	/** The selector entry: "getAll" / "Get Many" unless a resource lists several things. */
	value?: string;
	name?: string;
	action: string;
	description: string;
	/** What to list, before Return All / Limit (a channel, a number, a notice). */
	fields?: INodeProperties[];
	/** Adds n8n's Simplify switch: the keys each item keeps, or how one item is simplified. */
	simplify?: string[] | ((item: IDataObject) => IDataObject);
	/** The Simplify switch's description, where it does more than keep fields. */
	simplifyDescription?: string;
	/** The entries of the Filters collection. */
	filters?: INodeProperties[];
	/** The entries of the Options collection (sorting, paging). */
	options?: INodeProperties[];
}

/** One paged list request per item. */
interface OneList {
	/** Reads and checks the item's parameters, before any request, and gives the list's request. */
	request(op: OperationContext): ApiRequest | Promise<ApiRequest>;
	pagination: Pagination;
}

/**
 * A list read by its own steps, each through `op.list` (which honours Return All and Limit):
 * a page size or filter of the item's choosing, a second try, an error of the provider's own.
 */
interface OwnRead {
	read(op: OperationContext): Promise<IDataObject[]>;
}

export type GetManySpec = GetManyFields & (OneList | OwnRead);

/**
 * A Get Many operation: `fields`, Return All and Limit, Simplify, Filters and Options (the order
 * of n8n's own nodes), then the list: every item with Return All, else up to Limit, asking for no
 * more pages than that takes; simplified unless Simplify is off.
 */
export function getMany(spec: GetManySpec): OperationDef {
	const simplify = spec.simplify;
	const properties = [
		...(spec.fields ?? []),
		...returnAllOrLimit(),
		...(simplify
			? [
					spec.simplifyDescription
						? { ...simplifyField, description: spec.simplifyDescription }
						: simplifyField,
				]
			: []),
		...(spec.filters ? [filtersCollection(spec.filters)] : []),
		...(spec.options ? [optionsCollection(spec.options)] : []),
	];
	const one = Array.isArray(simplify) ? (item: IDataObject) => kept(item, simplify) : simplify;
	const read =
		'read' in spec
			? spec.read
			: async (op: OperationContext) => await op.list(await spec.request(op), spec.pagination);
	return {
		value: spec.value ?? 'getAll',
		name: spec.name ?? 'Get Many',
		action: spec.action,
		description: spec.description,
		properties,
		run: async (op) => {
			// Limit and Simplify are read first: a bad value is refused before any request.
			op.params.listLimit();
			const simplifyItem = one && op.params.readBoolean('simplify', true) ? one : undefined;
			const items = await read(op);
			return simplifyItem ? items.map(simplifyItem) : items;
		},
	};
}
