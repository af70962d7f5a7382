import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';

import { apiRequest } from '../../shared/transport';
import { API, spoki } from '../provider';
import { text } from '../../shared/listSearch';

/**
 * One DRF page of a Spoki list, searched by Spoki itself (`search`, which each
 * list documents in MambuSRL/spoki_whatsapp src/Api/*.php), the page number as
 * the paging token (`?page=N`, 1-based), the next one given while `next` is set.
 */
async function page(
	ctx: ILoadOptionsFunctions,
	resource: string,
	filter: string | undefined,
	token: string | undefined,
	qs: IDataObject = {},
): Promise<{ rows: IDataObject[]; next?: string }> {
	const number = Number(token ?? 1) || 1;
	const query: IDataObject = { ...qs, page: number };
	if (filter?.trim()) query.search = filter.trim();
	const body = (await apiRequest(ctx, spoki, {
		method: 'GET',
		path: `${API}/${resource}/`,
		qs: query,
	})) as IDataObject;
	const rows = Array.isArray(body?.results) ? (body.results as IDataObject[]) : [];
	return { rows, next: body?.next ? String(number + 1) : undefined };
}

/** A list search over one Spoki list, each row given as `entry` says. */
function search(
	resource: string,
	entry: (row: IDataObject) => INodeListSearchItems,
	qs?: IDataObject,
) {
	return async function (
		this: ILoadOptionsFunctions,
		filter?: string,
		token?: string,
	): Promise<INodeListSearchResult> {
		const { rows, next } = await page(this, resource, filter, token, qs);
		return { results: rows.map(entry), paginationToken: next };
	};
}

export const searchContacts = search('contacts', (c) => {
	const name = [text(c.first_name), text(c.last_name)].filter(Boolean).join(' ');
	return {
		name: name ? `${name} (${text(c.phone)})` : text(c.phone) || `Contact ${text(c.id)}`,
		value: text(c.id),
	};
});

const automationEntry = (a: IDataObject) => ({
	name: `${text(a.name) || `Automation ${text(a.id)}`}${a.is_active === false ? ' (inactive)' : ''}`,
	value: text(a.id),
});

export const searchAutomations = search('automations', automationEntry);

/** Automations started by Spoki's "API Url" trigger (`webhook_platform=Api`), the only ones a node can start. */
export const searchApiAutomations = search('automations', automationEntry, {
	webhook_platform: 'Api',
});

export const searchTemplates = search('templates', (t) => ({
	name: `${text(t.name) || `Template ${text(t.id)}`}${t.is_approved === false ? ' (not approved)' : ''}`,
	value: text(t.id),
}));

export const searchLists = search('lists', (l) => ({
	name: text(l.name) || `List ${text(l.id)}`,
	value: text(l.id),
}));
