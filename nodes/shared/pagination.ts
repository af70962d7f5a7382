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
	/**
	 * The API may count pages from `firstPage + 1` instead (no source says which): a second page
	 * that repeats the first is taken for that, skipped, and paging goes on from the page after it.
	 */
	probeBase?: boolean;
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

/** No paging: one answer holds the whole list, which "Limit" cuts here. */
export interface WholePagination {
	type: 'whole';
	items: (body: unknown) => IDataObject[];
}

export type Pagination = PageNumberPagination | NextUrlPagination | WholePagination;

/** A list given whole in one answer, its items read by `items`. */
export function whole(items: (body: unknown) => IDataObject[]): WholePagination {
	return { type: 'whole', items };
}

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

/**
 * Reads the pages of one kind of pagination, each as it comes; `limit` (at least 1) only sizes the
 * pages asked for: `pages` stops the pager once it has enough.
 */
type Pager<P extends Pagination> = (
	fetch: (req: ApiRequest) => Promise<unknown>,
	req: ApiRequest,
	pagination: P,
	limit: number,
) => AsyncGenerator<IDataObject[]>;

/** Page-number paging: asks for page N until a short or empty page, or a page the API repeats. */
const numberedPages: Pager<PageNumberPagination> = async function* (fetch, req, pagination, limit) {
	// A limit below one page asks for just that many, so one request suffices.
	const size = Math.min(pagination.pageSize, limit);
	const expected = pagination.sizeParam ? size : pagination.pageSize;
	let previousFirst: string | undefined;
	for (let page = pagination.firstPage; ; page++) {
		const qs: IDataObject = { ...req.qs, [pagination.pageParam]: page };
		if (pagination.sizeParam) qs[pagination.sizeParam] = size;
		const batch = pagination.items(await fetch({ ...req, qs }));
		// An API that ignores the page number answers the same page forever: stop there.
		const first = batch.length ? JSON.stringify(batch[0]) : undefined;
		if (page > pagination.firstPage && first !== undefined && first === previousFirst) {
			// Unless pages count from one more: the first page again, skipped (`probeBase`).
			if (pagination.probeBase && page === pagination.firstPage + 1) continue;
			return;
		}
		previousFirst = first;
		yield batch;
		if (batch.length < expected) return;
	}
};

/** Link paging: follows the `next` URL each page gives until there is none. */
const linkedPages: Pager<NextUrlPagination> = async function* (fetch, req, pagination, limit) {
	let request: ApiRequest = { ...req };
	if (pagination.sizeParam && pagination.pageSize) {
		request.qs = { ...req.qs, [pagination.sizeParam]: Math.min(pagination.pageSize, limit) };
	}
	for (;;) {
		const body = await fetch(request);
		yield pagination.items(body);
		const next = pagination.next(body);
		if (!next) return;
		// The next link already carries every query parameter.
		request = { method: req.method, url: next, headers: req.headers, idempotent: req.idempotent };
	}
};

/** No paging: the one answer is the whole list. */
const wholeList: Pager<WholePagination> = async function* (fetch, req, pagination) {
	yield pagination.items(await fetch(req));
};

/** Yields the pages as they come, `limit` items in all at the most, stopping the pager there. */
async function* pages(
	fetch: (req: ApiRequest) => Promise<unknown>,
	req: ApiRequest,
	pagination: Pagination,
	limit: number,
): AsyncGenerator<IDataObject[]> {
	let remaining = limit;
	if (remaining <= 0) return;
	let source: AsyncGenerator<IDataObject[]>;
	if (pagination.type === 'pageNumber') source = numberedPages(fetch, req, pagination, remaining);
	else if (pagination.type === 'nextUrl') source = linkedPages(fetch, req, pagination, remaining);
	else source = wholeList(fetch, req, pagination, remaining);
	for await (const batch of source) {
		const taken = batch.length > remaining ? batch.slice(0, remaining) : batch;
		if (taken.length) yield taken;
		remaining -= taken.length;
		// Stops the pager before it asks for another page.
		if (remaining <= 0) return;
	}
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
	const fetch = async (page: ApiRequest) => await apiRequest(ctx, provider, page, itemIndex);
	const all: IDataObject[] = [];
	// With a filter, the limit counts kept items: pages are read until enough are kept.
	const pageLimit = keep ? Infinity : (limit ?? Infinity);
	for await (const batch of pages(fetch, req, pagination, pageLimit)) {
		for (const item of batch) {
			if (keep && !keep(item)) continue;
			all.push(item);
			if (limit !== undefined && all.length >= limit) return all;
		}
	}
	return all;
}

/** What identifies a page's first item in a paging token: its id, else the whole item. */
function firstKey(items: IDataObject[]): string {
	if (!items.length) return '';
	const id = items[0].id;
	return typeof id === 'string' || typeof id === 'number' ? String(id) : JSON.stringify(items[0]);
}

/**
 * One page of a page-numbered list, for a list search (n8n's `paginationToken`): `token` is the
 * page to ask for, the first by default. With `probeBase`, tokens also carry the first page's
 * first item, so that a second page repeating it goes straight on to the page after; a later page
 * repeating it ends the list (the API ignores the page number).
 */
export async function searchPage(
	ctx: RequestContext,
	provider: Provider,
	req: ApiRequest,
	pagination: PageNumberPagination,
	token?: string,
): Promise<{ items: IDataObject[]; next?: string }> {
	const start = pagination.firstPage;
	const text = token ?? String(start);
	const colon = text.indexOf(':');
	const page = Number(colon < 0 ? text : text.slice(0, colon)) || start;
	const firstOfStart = colon < 0 ? undefined : text.slice(colon + 1);
	const qs: IDataObject = { ...req.qs, [pagination.pageParam]: page };
	if (pagination.sizeParam) qs[pagination.sizeParam] = pagination.pageSize;
	const items = pagination.items(await apiRequest(ctx, provider, { ...req, qs }));
	const first = firstKey(items);
	if (page > start && items.length && first === firstOfStart) {
		return pagination.probeBase && page === start + 1
			? await searchPage(ctx, provider, req, pagination, `${start + 2}:${firstOfStart}`)
			: { items: [] };
	}
	if (items.length < pagination.pageSize) return { items };
	return { items, next: `${page + 1}:${page === start ? first : (firstOfStart ?? '')}` };
}
