import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { apiRequest } from '../../shared/transport';
import { API, spoki } from '../provider';

const text = (value: unknown) =>
	value === undefined || value === null ? '' : String(value).trim();

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

export async function searchContacts(
	this: ILoadOptionsFunctions,
	filter?: string,
	token?: string,
): Promise<INodeListSearchResult> {
	const { rows, next } = await page(this, 'contacts', filter, token);
	return {
		results: rows.map((c) => {
			const name = [text(c.first_name), text(c.last_name)].filter(Boolean).join(' ');
			return {
				name: name ? `${name} (${text(c.phone)})` : text(c.phone) || `Contact ${text(c.id)}`,
				value: text(c.id),
			};
		}),
		paginationToken: next,
	};
}

function automationResults(rows: IDataObject[]) {
	return rows.map((a) => ({
		name: `${text(a.name) || `Automation ${text(a.id)}`}${a.is_active === false ? ' (inactive)' : ''}`,
		value: text(a.id),
	}));
}

export async function searchAutomations(
	this: ILoadOptionsFunctions,
	filter?: string,
	token?: string,
): Promise<INodeListSearchResult> {
	const { rows, next } = await page(this, 'automations', filter, token);
	return { results: automationResults(rows), paginationToken: next };
}

/** Automations started by Spoki's "API Url" trigger (`webhook_platform=Api`), the only ones a node can start. */
export async function searchApiAutomations(
	this: ILoadOptionsFunctions,
	filter?: string,
	token?: string,
): Promise<INodeListSearchResult> {
	const { rows, next } = await page(this, 'automations', filter, token, {
		webhook_platform: 'Api',
	});
	return { results: automationResults(rows), paginationToken: next };
}

export async function searchTemplates(
	this: ILoadOptionsFunctions,
	filter?: string,
	token?: string,
): Promise<INodeListSearchResult> {
	const { rows, next } = await page(this, 'templates', filter, token);
	return {
		results: rows.map((t) => ({
			name: `${text(t.name) || `Template ${text(t.id)}`}${t.is_approved === false ? ' (not approved)' : ''}`,
			value: text(t.id),
		})),
		paginationToken: next,
	};
}

export async function searchLists(
	this: ILoadOptionsFunctions,
	filter?: string,
	token?: string,
): Promise<INodeListSearchResult> {
	const { rows, next } = await page(this, 'lists', filter, token);
	return {
		results: rows.map((l) => ({ name: text(l.name) || `List ${text(l.id)}`, value: text(l.id) })),
		paginationToken: next,
	};
}
