import type { IDataObject } from 'n8n-workflow';

import type { OperationContext } from '../shared/definitions';
import type { PageNumberPagination } from '../shared/pagination';
import { apiRequestAllItems, searchPage } from '../shared/pagination';
import type { ApiRequest, RequestContext } from '../shared/transport';
import { apiRequest } from '../shared/transport';
import { channelField } from './descriptions';
import { dataItems, heyy, wholeList } from './provider';

/**
 * A paged Heyy list, items under one of `keys`: `page` and `pageSize` (100, as public Heyy clients
 * send it; no doc page states a maximum). Public clients page from 0 (`page=0`); one public TS
 * action schema types `page` as a positive integer, and docs.heyy.io states neither: if `page=1`
 * repeats `page=0`, pages count from 1 and the list goes on from page 2 (`probeBase`).
 */
export function heyyPages(...keys: string[]): PageNumberPagination {
	return {
		type: 'pageNumber',
		pageParam: 'page',
		sizeParam: 'pageSize',
		pageSize: 100,
		firstPage: 0,
		probeBase: true,
		items: dataItems(...keys),
	};
}

/** Every item of a paged Heyy list (for the editor's lists). */
export async function heyyList(
	ctx: RequestContext,
	req: ApiRequest,
	keys: string[],
): Promise<IDataObject[]> {
	return await apiRequestAllItems(ctx, heyy, req, heyyPages(...keys));
}

/** One page of a Heyy list for a list search: `token` is the page to ask for. */
export async function heyyPage(
	ctx: RequestContext,
	req: ApiRequest,
	keys: string[],
	token?: string,
): Promise<{ items: IDataObject[]; next?: string }> {
	return await searchPage(ctx, heyy, req, heyyPages(...keys), token);
}

/** A list Heyy answers whole (`{data: [...]}`; Pipedream heyy.app.mjs getLabels, getChannels). */
export async function wholeItems(
	ctx: RequestContext,
	path: string,
	...keys: string[]
): Promise<IDataObject[]> {
	return dataItems(...keys)(await apiRequest(ctx, heyy, { method: 'GET', path }));
}

/** Get Many of a list of the chosen channel, GET /{channelId}/{resource}, read whole. */
export function channelList(resource: string) {
	return {
		fields: [channelField],
		request: (op: OperationContext): ApiRequest => ({
			method: 'GET',
			path: `/${op.params.id('channelId')}/${resource}`,
		}),
		pagination: wholeList(resource),
	};
}
