import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { searchEntries } from '../../shared/listSearch';
import { itemsAt } from '../../shared/pagination';
import { apiRequest } from '../../shared/transport';
import { toE164 } from '../../shared/validation';
import { twoChat } from '../provider';
import { templatesPath, templateText } from '../resources/whatsappBusiness/common';
import { locatorValue } from '../../shared/params';

/** Entries per page of a list search (2Chat's `results_per_page` allows up to 100). */
const PAGE = 100;

/** The texts a filter is looked for in. */
const texts =
	(...keys: string[]) =>
	(item: IDataObject): string[] =>
		keys.map((k) => String(item[k] ?? ''));

/** "Name (+phone)", marked when 2Chat reports the number not connected (`connection_status` C/D/F, docs WhatsApp/list-numbers). */
function labelOf(n: IDataObject): string {
	const phone = String(n.phone_number ?? '');
	const name = String(n.friendly_name ?? '').trim();
	const label = name ? `${name} (${phone})` : phone;
	const state =
		n.connection_status === 'D' ? 'disconnected' : n.connection_status === 'F' ? 'failed' : '';
	return state ? `${label} · ${state}` : label;
}

/** A Resource Locator's value as text (its `value`, or the parameter itself). */
function currentValue(ctx: ILoadOptionsFunctions, name: string): string {
	const raw = ctx.getCurrentNodeParameter(name) as unknown;
	const value = locatorValue(raw);
	return typeof value === 'string' ? value.trim() : '';
}

/** One page of the account's connected numbers (GET /whatsapp/get-numbers, docs WhatsApp/list-numbers). */
async function numbersPage(ctx: ILoadOptionsFunctions, token?: string) {
	const page = Number(token ?? 0);
	const body = await apiRequest(ctx, twoChat, {
		method: 'GET',
		path: '/whatsapp/get-numbers',
		qs: { status: 'all', page_number: page, results_per_page: PAGE },
	});
	const numbers = itemsAt('numbers')(body);
	return { numbers, next: numbers.length === PAGE ? String(page + 1) : undefined };
}

/** Connected numbers, a page at a time, searched in `searchIn`, each given by its `value` field. */
function numberSearch(value: 'phone_number' | 'uuid', searchIn: string[]) {
	return async function (
		this: ILoadOptionsFunctions,
		filter?: string,
		token?: string,
	): Promise<INodeListSearchResult> {
		const { numbers, next } = await numbersPage(this, token);
		return {
			results: searchEntries(numbers, filter, texts(...searchIn), (n) => ({
				name: labelOf(n),
				value: String(n[value]),
			})),
			paginationToken: next,
		};
	};
}

/** A From Number: a connected number by its phone number. */
export const searchNumbers = numberSearch('phone_number', ['friendly_name', 'phone_number']);

/** A connected number by its UUID. */
export const searchChannels = numberSearch('uuid', ['friendly_name', 'phone_number', 'uuid']);

/** Groups of the chosen From Number: GET /whatsapp/groups/{from}, one unpaged answer (`data[]`). */
export async function searchGroups(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const from = toE164(currentValue(this, 'fromNumber') || currentValue(this, 'onNumber'));
	if (!from) return { results: [] };
	const body = await apiRequest(this, twoChat, { method: 'GET', path: `/whatsapp/groups/${from}` });
	return {
		results: searchEntries(
			itemsAt('data', 'groups')(body),
			filter,
			texts('wa_group_name', 'uuid'),
			(g) => ({
				name: String(g.wa_group_name ?? g.uuid),
				value: String(g.uuid),
			}),
		),
	};
}

/**
 * Contacts, 100 a page; a typed filter goes to GET /contacts/search (sent as `query` and `q`, the
 * two names the sources give), otherwise GET /contacts (docs Contacts/list-contacts, …/search-contacts).
 */
export async function searchContacts(
	this: ILoadOptionsFunctions,
	filter?: string,
	token?: string,
): Promise<INodeListSearchResult> {
	const page = Number(token ?? 0);
	const qs: IDataObject = { page_number: page, results_per_page: PAGE };
	if (filter) {
		qs.query = filter;
		qs.q = filter;
	}
	const body = await apiRequest(this, twoChat, {
		method: 'GET',
		path: filter ? '/contacts/search' : '/contacts',
		qs,
	});
	const contacts = itemsAt('contacts')(body);
	return {
		results: contacts.map((c) => {
			const name = [c.first_name, c.last_name]
				.filter((x) => typeof x === 'string' && x.trim())
				.join(' ');
			const detail = ((c.details ?? []) as IDataObject[]).find((d) => d.value)?.value;
			return {
				name: detail ? `${name || c.uuid} (${String(detail)})` : name || String(c.uuid),
				value: String(c.uuid),
			};
		}),
		paginationToken: contacts.length === PAGE ? String(page + 1) : undefined,
	};
}

/** WABA numbers (GET /waba/numbers, read as 2ChatCo/2chat-n8n methods/loadOptions.ts getWabaNumbers reads it). */
export async function searchWabaNumbers(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const body = await apiRequest(this, twoChat, { method: 'GET', path: '/waba/numbers' });
	return {
		results: searchEntries(
			itemsAt('numbers', 'data')(body),
			filter,
			texts('friendly_name', 'phone_number'),
			(n) => ({ name: labelOf(n), value: String(n.phone_number) }),
		),
	};
}

/**
 * Approved templates of the chosen WABA number, a page at a time following `next_page`
 * (docs WhatsApp/WABA/get-templates). Only APPROVED ones can be sent, so only they are offered.
 */
export async function searchTemplates(
	this: ILoadOptionsFunctions,
	filter?: string,
	token?: string,
): Promise<INodeListSearchResult> {
	const phone = toE164(currentValue(this, 'wabaNumber'));
	if (!phone) return { results: [] };
	const body = (await apiRequest(this, twoChat, {
		method: 'GET',
		url: templatesPath(phone, Number(token ?? 0)),
	})) as IDataObject;
	const next = body.next_page;
	return {
		results: searchEntries(
			itemsAt('templates')(body).filter((t) => t.status === 'APPROVED'),
			filter,
			texts('name', 'template_content'),
			(t) => {
				const about = [t.category, t.language].filter((v) => typeof v === 'string' && v);
				const text = templateText(t, 50);
				return {
					name: `${String(t.name)}${about.length ? ` (${about.join(', ')})` : ''}${text ? `: ${text}` : ''}`,
					value: String(t.uuid),
				};
			},
		),
		paginationToken:
			typeof next === 'number' || (typeof next === 'string' && next !== '')
				? String(next)
				: undefined,
	};
}
