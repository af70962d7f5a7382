import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';

import { heyyPage, wholeItems } from '../lists';
import { channelLabel, isWhatsApp, templateLabel } from './labels';
import { locatorValue } from '../../shared/params';
import { searchEntries, sortByName, text } from '../../shared/listSearch';

/** The texts a filter is looked for in (trimmed, as Heyy's labels show them). */
const texts =
	(...keys: string[]) =>
	(item: IDataObject): string[] =>
		keys.map((k) => text(item[k]));

/** A Resource Locator's value as text (its `value`, or the parameter itself). */
function currentValue(ctx: ILoadOptionsFunctions, name: string): string {
	const raw = ctx.getCurrentNodeParameter(name) as unknown;
	return text(locatorValue(raw));
}

/** The entries of a whole list whose `keys` hold the typed filter, sorted by name. */
function sortedMatches(
	items: IDataObject[],
	filter: string | undefined,
	keys: string[],
	entry: (item: IDataObject) => INodeListSearchItems,
): INodeListSearchResult {
	return { results: sortByName(searchEntries(items, filter, texts(...keys), entry)) };
}

/** A list of the channel chosen in the same node, read whole (none before one is chosen). */
async function channelItems(ctx: ILoadOptionsFunctions, resource: string): Promise<IDataObject[]> {
	const channel = currentValue(ctx, 'channelId');
	if (!channel) return [];
	return await wholeItems(ctx, `/${encodeURIComponent(channel)}/${resource}`, resource);
}

/** A channel's name, id and WhatsApp number name, where a filter is looked for. */
const channelTexts = (c: IDataObject) => [
	text(c.name),
	text(c.id),
	text((c.whatsappPhoneNumber as IDataObject)?.name),
];
const channelEntry = (c: IDataObject) => ({ name: channelLabel(c), value: text(c.id) });

/** Channels (GET /channels: id, name, type, whatsappPhoneNumber.name; Pipedream heyy.app.mjs getChannels). */
export async function searchChannels(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const channels = await wholeItems(this, '/channels', 'channels');
	return { results: sortByName(searchEntries(channels, filter, channelTexts, channelEntry)) };
}

/** WhatsApp channels only, for WhatsApp sends (an Instagram or SMS channel cannot send them). */
export async function searchWhatsAppChannels(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const channels = (await wholeItems(this, '/channels', 'channels')).filter(isWhatsApp);
	return { results: sortByName(searchEntries(channels, filter, channelTexts, channelEntry)) };
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
		results: searchEntries(items, filter, texts('name', 'id'), (t) => ({
			name: templateLabel(t),
			value: text(t.id),
		})),
		paginationToken: next,
	};
}

export async function searchLabels(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const labels = await wholeItems(this, '/labels', 'labels');
	return sortedMatches(labels, filter, ['name', 'id'], (l) => ({
		name: text(l.name),
		value: text(l.id),
	}));
}

export async function searchAttributes(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const attributes = await wholeItems(this, '/attributes', 'attributes');
	return sortedMatches(attributes, filter, ['name', 'externalId', 'id'], (a) => ({
		name: text(a.name) || text(a.externalId),
		value: text(a.id),
	}));
}

export async function searchWebhooks(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const hooks = await wholeItems(this, '/api_webhooks', 'apiWebhooks', 'webhooks');
	return {
		results: searchEntries(hooks, filter, texts('url', 'type', 'id'), (w) => ({
			name: `${text(w.type)} → ${text(w.url)}`,
			value: text(w.id),
		})),
	};
}

/** Automations of the channel chosen in the same node (GET /{channelId}/workflows). */
export async function searchAutomations(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const list = await channelItems(this, 'workflows');
	return sortedMatches(list, filter, ['name', 'id'], (w) => {
		const status = text(w.status);
		return {
			name: status && status !== 'ACTIVE' ? `${text(w.name)} (${status})` : text(w.name),
			value: text(w.id),
		};
	});
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
		results: searchEntries(items, filter, texts('name', 'id', 'contactId'), (c) => ({
			name: text(c.name) || text(c.contactId) || text(c.id),
			value: text(c.id),
		})),
		paginationToken: next,
	};
}

/** Broadcasts of the chosen channel (GET /{channelId}/broadcasts, MindCloud list-broadcasts.md). */
export async function searchBroadcasts(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const list = await channelItems(this, 'broadcasts');
	return {
		results: searchEntries(list, filter, texts('name', 'id'), (b) => ({
			name: text(b.status) ? `${text(b.name)} (${text(b.status)})` : text(b.name),
			value: text(b.id),
		})),
	};
}
