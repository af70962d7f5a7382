import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { apiRequest } from '../../shared/transport';
import { FLAVOUR_NAMES, flavourOf } from '../flavour';
import { cursor, endpoint, weni } from '../provider';

/**
 * Resource Locator lists. RapidPro pages by cursor (`next`, 250 rows; weni-ai/rapidpro
 * temba/api/support.py) and filters only by exact keys (uuid, name, urn; views.py of
 * each endpoint), so a typed text is matched here on each page and the `next` link is
 * the pagination token: the editor asks for the following page while the user scrolls.
 */
async function page(
	ctx: ILoadOptionsFunctions,
	name: string,
	qs: IDataObject,
	token?: string,
): Promise<{ rows: IDataObject[]; next?: string }> {
	const body = await apiRequest(
		ctx,
		weni,
		token ? { method: 'GET', url: token } : { method: 'GET', path: endpoint(name), qs },
	);
	return { rows: cursor.items(body), next: cursor.next(body) ?? undefined };
}

function matches(filter: string | undefined, ...texts: unknown[]): boolean {
	if (!filter) return true;
	const needle = filter.trim().toLowerCase();
	return texts.some((t) =>
		(Array.isArray(t) ? t : [t]).some((v) =>
			String(v ?? '')
				.toLowerCase()
				.includes(needle),
		),
	);
}

async function named(
	ctx: ILoadOptionsFunctions,
	name: string,
	filter: string | undefined,
	token: string | undefined,
	keep: (row: IDataObject) => boolean = () => true,
	qs: IDataObject = {},
): Promise<INodeListSearchResult> {
	const { rows, next } = await page(ctx, name, qs, token);
	return {
		results: rows
			.filter((row) => keep(row) && matches(filter, row.name, row.uuid))
			.map((row) => ({ name: String(row.name ?? row.uuid), value: String(row.uuid) })),
		paginationToken: next,
	};
}

/** Active (not archived) flows; FlowsEndpoint filters by `archived` (views.py). */
export async function searchFlows(
	this: ILoadOptionsFunctions,
	filter?: string,
	token?: string,
): Promise<INodeListSearchResult> {
	return await named(this, 'flows', filter, token, (f) => f.archived !== true, { archived: false });
}

/** Every contact group, smart ones included (filters and recipients). */
export async function searchGroups(
	this: ILoadOptionsFunctions,
	filter?: string,
	token?: string,
): Promise<INodeListSearchResult> {
	return await named(this, 'groups', filter, token);
}

/** Groups a contact can be put in or taken out of: no smart (query) groups (allow_dynamic=False). */
export async function searchStaticGroups(
	this: ILoadOptionsFunctions,
	filter?: string,
	token?: string,
) {
	return await named(this, 'groups', filter, token, (g) => !g.query);
}

export async function searchLabels(
	this: ILoadOptionsFunctions,
	filter?: string,
	token?: string,
): Promise<INodeListSearchResult> {
	return await named(this, 'labels', filter, token);
}

/**
 * Contacts by name and URN. A typed URN (scheme:path) or UUID is looked up
 * directly (`contacts.json?urn=` / `?uuid=`, ContactsEndpoint); other text is
 * matched on each page of the most recently modified contacts.
 */
export async function searchContacts(
	this: ILoadOptionsFunctions,
	filter?: string,
	token?: string,
): Promise<INodeListSearchResult> {
	const text = filter?.trim() ?? '';
	const exact = /^[0-9a-f-]{36}$/i.test(text)
		? { uuid: text.toLowerCase() }
		: /^[a-z]+:\S+$/i.test(text)
			? { urn: text }
			: undefined;
	const { rows, next } = await page(this, 'contacts', exact ?? {}, token);
	return {
		results: rows
			.filter((c) => exact !== undefined || matches(text, c.name, c.urns))
			.map((c) => {
				const urn = Array.isArray(c.urns) && c.urns.length ? String(c.urns[0]) : '';
				const name = String(c.name ?? '').trim();
				return {
					name: name && urn ? `${name} (${urn})` : name || urn || String(c.uuid),
					value: String(c.uuid),
				};
			}),
		paginationToken: exact ? undefined : next,
	};
}

/**
 * Approved WhatsApp templates of a Weni Flows workspace (TemplatesEndpoint: `uuid`,
 * `name`, `translations[{language, status, variable_count}]`; approved ones by
 * default; weni-ai/flows temba/api/v2/views.py). The languages are shown beside the name.
 */
export async function searchTemplates(
	this: ILoadOptionsFunctions,
	filter?: string,
	token?: string,
): Promise<INodeListSearchResult> {
	// RapidPro and TextIt route no templates endpoint (an HTML 404): say what is needed instead.
	const flavour = await flavourOf(this);
	if (flavour !== 'flows') {
		throw new NodeOperationError(
			this.getNode(),
			`WhatsApp templates need Weni Flows: ${FLAVOUR_NAMES[flavour]}'s API v2 has no templates`,
			{
				description:
					"Use a Weni Flows workspace, or set the credential's API Flavour if this server is Weni Flows.",
			},
		);
	}
	const { rows, next } = await page(this, 'templates', {}, token);
	return {
		results: rows
			.filter((t) => matches(filter, t.name, t.uuid))
			.map((t) => {
				const languages = Array.isArray(t.translations)
					? (t.translations as IDataObject[]).map((tr) => String(tr.language)).join(', ')
					: '';
				return {
					name: languages ? `${String(t.name)} (${languages})` : String(t.name),
					value: String(t.uuid),
				};
			}),
		paginationToken: next,
	};
}
