import type { IDataObject } from 'n8n-workflow';

import type { Provider } from './provider';
import type { ApiRequest, RequestContext } from './transport';
import { apiRequest } from './transport';

/** Page-number paging: ask for page N of a fixed size until a short or empty page (2Chat, Heyy). */
export interface PageNumberPagination {
	type: 'pageNumber';
	pageParam: string;
	/** Omit for endpoints with a fixed page size the caller cannot change. */
	sizeParam?: string;
	pageSize: number;
	firstPage: number;
	items: (body: unknown) => IDataObject[];
}

/** Link paging: follow the `next` URL the provider returns (Spoki DRF lists, Weni cursors). */
export interface NextUrlPagination {
	type: 'nextUrl';
	sizeParam?: string;
	pageSize?: number;
	items: (body: unknown) => IDataObject[];
	next: (body: unknown) => string | null | undefined;
}

export type Pagination = PageNumberPagination | NextUrlPagination;

/** Reads the first array found at one of `keys` of a body, or the body itself when it is an array. */
export function itemsAt(...keys: string[]): (body: unknown) => IDataObject[] {
	return (body) => {
		if (Array.isArray(body)) return body as IDataObject[];
		if (!body || typeof body !== 'object') return [];
		for (const key of keys) {
			const value = (body as IDataObject)[key];
			if (Array.isArray(value)) return value as IDataObject[];
		}
		return [];
	};
}

/** Page-number paging: asks for page N until a short or empty page, or a page the API repeats. */
async function* numberedPages(
	fetch: (req: ApiRequest) => Promise<unknown>,
	req: ApiRequest,
	pagination: PageNumberPagination,
	limit: number,
): AsyncGenerator<IDataObject[]> {
	let remaining = limit;
	// A limit below one page asks for just that many, so one request suffices.
	const size = Math.min(pagination.pageSize, remaining);
	let previousFirst: string | undefined;
	for (let page = pagination.firstPage; ; page++) {
		const qs: IDataObject = { ...req.qs, [pagination.pageParam]: page };
		if (pagination.sizeParam) qs[pagination.sizeParam] = size;
		const batch = pagination.items(await fetch({ ...req, qs }));
		// An API that ignores the page number answers the same page forever: stop there.
		const first = batch.length ? JSON.stringify(batch[0]) : undefined;
		if (page > pagination.firstPage && first !== undefined && first === previousFirst) return;
		previousFirst = first;
		const taken = batch.length > remaining ? batch.slice(0, remaining) : batch;
		if (taken.length) yield taken;
		remaining -= taken.length;
		const expected = pagination.sizeParam ? size : pagination.pageSize;
		if (remaining <= 0 || batch.length === 0 || batch.length < expected) return;
	}
}

/** Link paging: follows the `next` URL each page gives until there is none. */
async function* linkedPages(
	fetch: (req: ApiRequest) => Promise<unknown>,
	req: ApiRequest,
	pagination: NextUrlPagination,
	limit: number,
): AsyncGenerator<IDataObject[]> {
	let remaining = limit;
	let request: ApiRequest = { ...req };
	if (pagination.sizeParam && pagination.pageSize) {
		request.qs = { ...req.qs, [pagination.sizeParam]: Math.min(pagination.pageSize, remaining) };
	}
	for (;;) {
		const body = await fetch(request);
		const batch = pagination.items(body);
		const taken = batch.length > remaining ? batch.slice(0, remaining) : batch;
		if (taken.length) yield taken;
		remaining -= taken.length;
		const next = pagination.next(body);
		if (remaining <= 0 || !next) return;
		// The next link already carries every query parameter.
		request = { method: req.method, url: next, headers: req.headers, idempotent: req.idempotent };
	}
}

/**
 * Yields pages one at a time, so callers can stop early or stream. `limit`
 * (when given) bounds the items yielded in total and stops paging once reached.
 */
export async function* pages(
	ctx: RequestContext,
	provider: Provider,
	req: ApiRequest,
	pagination: Pagination,
	limit?: number,
	itemIndex = 0,
): AsyncGenerator<IDataObject[]> {
	const remaining = limit ?? Infinity;
	if (remaining <= 0) return;
	const fetch = async (page: ApiRequest) => await apiRequest(ctx, provider, page, itemIndex);
	if (pagination.type === 'pageNumber') yield* numberedPages(fetch, req, pagination, remaining);
	else yield* linkedPages(fetch, req, pagination, remaining);
}

/** Collects every item (or the first `limit`) of a paged list. */
export async function apiRequestAllItems(
	ctx: RequestContext,
	provider: Provider,
	req: ApiRequest,
	pagination: Pagination,
	limit?: number,
	itemIndex = 0,
	keep?: (item: IDataObject) => boolean,
): Promise<IDataObject[]> {
	const all: IDataObject[] = [];
	// With a filter, the limit counts kept items: pages are read until enough are kept.
	const pageLimit = keep ? undefined : limit;
	for await (const batch of pages(ctx, provider, req, pagination, pageLimit, itemIndex)) {
		for (const item of batch) {
			if (keep && !keep(item)) continue;
			all.push(item);
			if (limit !== undefined && all.length >= limit) return all;
		}
	}
	return all;
}
