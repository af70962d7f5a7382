import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';

import { apiRequest } from '../../shared/transport';
import { heyyPage } from '../lists';
import { dataItems, heyy } from '../provider';
import { channelLabel, isWhatsApp, templateLabel, text } from './labels';

function matches(filter: string | undefined, ...texts: unknown[]): boolean {
	if (!filter) return true;
	const needle = filter.toLowerCase();
	return texts.some((t) => text(t).toLowerCase().includes(needle));
}

/** A Resource Locator's value as text (its `value`, or the parameter itself). */
function currentValue(ctx: ILoadOptionsFunctions, name: string): string {
	const raw = ctx.getCurrentNodeParameter(name) as unknown;
	return text(raw !== null && typeof raw === 'object' ? (raw as IDataObject).value : raw);
}

/** A list Heyy answers whole (`{data: [...]}`), filtered here. */
async function whole(
	ctx: ILoadOptionsFunctions,
	path: string,
	key: string,
): Promise<IDataObject[]> {
	return dataItems(key)(await apiRequest(ctx, heyy, { method: 'GET', path }));
}

function byName(results: INodeListSearchItems[]): INodeListSearchItems[] {
	return results.sort((a, b) => a.name.localeCompare(b.name));
}

/** Channels (GET /channels: id, name, type, whatsappPhoneNumber.name; Pipedream heyy.app.mjs getChannels). */
export async function searchChannels(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const channels = await whole(this, '/channels', 'channels');
	return {
		results: byName(
			channels
				.filter((c) => matches(filter, c.name, c.id, (c.whatsappPhoneNumber as IDataObject)?.name))
				.map((c) => ({ name: channelLabel(c), value: text(c.id) })),
		),
	};
}

/** WhatsApp channels only, for WhatsApp sends (an Instagram or SMS channel cannot send them). */
export async function searchWhatsAppChannels(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const channels = await whole(this, '/channels', 'channels');
	return {
		results: byName(
			channels
				.filter(isWhatsApp)
				.filter((c) => matches(filter, c.name, c.id, (c.whatsappPhoneNumber as IDataObject)?.name))
				.map((c) => ({ name: channelLabel(c), value: text(c.id) })),
		),
	};
}

/** Contacts, searched by Heyy itself (`search`, Pipedream heyy.app.mjs) and paged. */
export async function searchContacts(
	this: ILoadOptionsFunctions,
	filter?: string,
	token?: string,
): Promise<INodeListSearchResult> {
	const qs: IDataObject = filter ? { search: filter } : {};
	const { items, next } = await heyyPage(
		this,
		{ method: 'GET', path: '/contacts', qs },
		['contacts'],
		token,
	);
	return {
		results: items.map((c) => {
			const name = [text(c.firstName), text(c.lastName)].filter(Boolean).join(' ');
			const phone = text(c.phoneNumber) || text(c.email);
			return {
				name: name && phone ? `${name} (${phone})` : name || phone || text(c.id),
				value: text(c.id),
			};
		}),
		paginationToken: next,
	};
}

/** Message templates, paged; Heyy documents no search parameter, so the filter applies per page. */
export async function searchTemplates(
	this: ILoadOptionsFunctions,
	filter?: string,
	token?: string,
): Promise<INodeListSearchResult> {
	const { items, next } = await heyyPage(
		this,
		{ method: 'GET', path: '/message_templates' },
		['messageTemplates'],
		token,
	);
	return {
		results: items
			.filter((t) => matches(filter, t.name, t.id))
			.map((t) => ({ name: templateLabel(t), value: text(t.id) })),
		paginationToken: next,
	};
}

export async function searchLabels(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const labels = await whole(this, '/labels', 'labels');
	return {
		results: byName(
			labels
				.filter((l) => matches(filter, l.name, l.id))
				.map((l) => ({ name: text(l.name), value: text(l.id) })),
		),
	};
}

export async function searchAttributes(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const attributes = await whole(this, '/attributes', 'attributes');
	return {
		results: byName(
			attributes
				.filter((a) => matches(filter, a.name, a.externalId, a.id))
				.map((a) => ({ name: text(a.name) || text(a.externalId), value: text(a.id) })),
		),
	};
}

export async function searchWebhooks(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const hooks = dataItems(
		'apiWebhooks',
		'webhooks',
	)(await apiRequest(this, heyy, { method: 'GET', path: '/api_webhooks' }));
	return {
		results: hooks
			.filter((w) => matches(filter, w.url, w.type, w.id))
			.map((w) => ({ name: `${text(w.type)} → ${text(w.url)}`, value: text(w.id) })),
	};
}

/** Automations of the channel chosen in the same node (GET /{channelId}/workflows). */
export async function searchAutomations(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const channel = currentValue(this, 'channelId');
	if (!channel) return { results: [] };
	const list = await whole(this, `/${encodeURIComponent(channel)}/workflows`, 'workflows');
	return {
		results: byName(
			list
				.filter((w) => matches(filter, w.name, w.id))
				.map((w) => {
					const status = text(w.status);
					return {
						name: status && status !== 'ACTIVE' ? `${text(w.name)} (${status})` : text(w.name),
						value: text(w.id),
					};
				}),
		),
	};
}

/** Chats of the chosen channel (GET /{channelId}/chats). */
export async function searchChats(
	this: ILoadOptionsFunctions,
	filter?: string,
	token?: string,
): Promise<INodeListSearchResult> {
	const channel = currentValue(this, 'channelId');
	if (!channel) return { results: [] };
	const { items, next } = await heyyPage(
		this,
		{ method: 'GET', path: `/${encodeURIComponent(channel)}/chats` },
		['chats'],
		token,
	);
	return {
		results: items
			.filter((c) => matches(filter, c.name, c.id, c.contactId))
			.map((c) => ({ name: text(c.name) || text(c.contactId) || text(c.id), value: text(c.id) })),
		paginationToken: next,
	};
}

/** Broadcasts of the chosen channel (GET /{channelId}/broadcasts, MindCloud list-broadcasts.md). */
export async function searchBroadcasts(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const channel = currentValue(this, 'channelId');
	if (!channel) return { results: [] };
	const list = await whole(this, `/${encodeURIComponent(channel)}/broadcasts`, 'broadcasts');
	return {
		results: list
			.filter((b) => matches(filter, b.name, b.id))
			.map((b) => ({
				name: text(b.status) ? `${text(b.name)} (${text(b.status)})` : text(b.name),
				value: text(b.id),
			})),
	};
}
