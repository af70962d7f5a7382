import type { IDataObject } from 'n8n-workflow';

import type { OperationContext } from '../shared/operation';
import type { PageNumberPagination, Pagination } from '../shared/pagination';
import { pages } from '../shared/pagination';
import type { ApiRequest, RequestContext } from '../shared/transport';
import { apiRequest } from '../shared/transport';
import { dataItems, heyy, wholeList } from './provider';

/** Heyy's page size: 100, as public Heyy clients send it (`pageSize=100`; no doc page states a maximum). */
const PAGE_SIZE = 100;

function paging(firstPage: number, read: (body: unknown) => IDataObject[]): PageNumberPagination {
	return {
		type: 'pageNumber',
		pageParam: 'page',
		sizeParam: 'pageSize',
		pageSize: PAGE_SIZE,
		firstPage,
		items: read,
	};
}

/**
 * Every item (or the first `limit`) of a paged Heyy list, whichever way Heyy
 * counts pages. Public clients page from 0 (`page=0`); one public TS action
 * schema types `page` as a positive integer, and docs.heyy.io states neither. If pages count from 1, `page=1`
 * repeats `page=0`; the shared pager stops at a repeated page, so that repeat
 * is noted here and the list goes on from page 2 instead of ending silently.
 */
export async function heyyList(
	ctx: RequestContext,
	req: ApiRequest,
	keys: string[],
	limit?: number,
	itemIndex = 0,
): Promise<IDataObject[]> {
	const read = dataItems(...keys);
	let pageCount = 0;
	let firstOfPage0: string | undefined;
	let oneBased = false;
	const probe = paging(0, (body) => {
		const batch = read(body);
		const first = batch.length ? JSON.stringify(batch[0]) : undefined;
		if (pageCount === 0) firstOfPage0 = first;
		else if (pageCount === 1 && first !== undefined && first === firstOfPage0) oneBased = true;
		pageCount++;
		return batch;
	});
	const all: IDataObject[] = [];
	for await (const batch of pages(ctx, heyy, req, probe, limit, itemIndex)) all.push(...batch);
	if (!oneBased) return all;
	// 1-based: page 0 was page 1 again; page 2 follows it. Full pages keep the same page size.
	// If page 2 repeats page 0 too, Heyy ignores `page` here (chats document none): nothing more to read.
	let first = true;
	const rest = paging(2, (body) => {
		const batch = read(body);
		if (first && batch.length && JSON.stringify(batch[0]) === firstOfPage0) return [];
		first = false;
		return batch;
	});
	for await (const batch of pages(ctx, heyy, req, rest, undefined, itemIndex)) {
		for (const item of batch) {
			if (limit !== undefined && all.length >= limit) return all;
			all.push(item);
		}
	}
	return all;
}

/** What identifies a page's first item (its id, else the whole item). */
function firstKey(items: IDataObject[]): string {
	if (!items.length) return '';
	const id = items[0].id;
	return typeof id === 'string' || typeof id === 'number' ? String(id) : JSON.stringify(items[0]);
}

/**
 * One page of a Heyy list for a list search: `token` is the page to ask for.
 * When page 1 repeats page 0 (1-based paging, see `heyyList`), the search
 * goes straight on to page 2.
 */
export async function heyyPage(
	ctx: RequestContext,
	req: ApiRequest,
	keys: string[],
	token?: string,
): Promise<{ items: IDataObject[]; next?: string }> {
	const text = token ?? '0';
	const colon = text.indexOf(':');
	const page = Number(colon < 0 ? text : text.slice(0, colon)) || 0;
	const firstOfPage0 = colon < 0 ? undefined : text.slice(colon + 1);
	const body = await apiRequest(ctx, heyy, {
		...req,
		qs: { ...req.qs, page, pageSize: PAGE_SIZE },
	});
	const items = dataItems(...keys)(body);
	const first = firstKey(items);
	if (page > 0 && items.length && first === firstOfPage0) {
		// Page 1 repeating page 0: pages count from 1, go on at page 2. Later pages repeating it: `page` is ignored.
		return page === 1 ? await heyyPage(ctx, req, keys, `2:${firstOfPage0}`) : { items: [] };
	}
	if (items.length < PAGE_SIZE) return { items };
	return { items, next: `${page + 1}:${page === 0 ? first : (firstOfPage0 ?? '')}` };
}

/** A paged list operation: every item with Return All, else up to Limit. */
export async function listOperation(
	op: OperationContext,
	req: ApiRequest,
	keys: string[],
): Promise<IDataObject[]> {
	return await heyyList(op.ctx, req, keys, op.params.listLimit(), op.itemIndex);
}

/** A list Heyy answers whole (`{data: [...]}`; Pipedream heyy.app.mjs getLabels, getChannels). */
export async function wholeItems(
	ctx: RequestContext,
	path: string,
	...keys: string[]
): Promise<IDataObject[]> {
	return dataItems(...keys)(await apiRequest(ctx, heyy, { method: 'GET', path }));
}

/** Get Many's request for a list of the chosen channel, GET /{channelId}/{resource}, read whole. */
export function channelList(resource: string): (op: OperationContext) => [ApiRequest, Pagination] {
	return (op) => [
		{ method: 'GET', path: `/${op.params.id('channelId')}/${resource}` },
		wholeList(resource),
	];
}
