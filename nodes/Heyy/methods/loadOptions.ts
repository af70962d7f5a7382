import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { apiRequestAllItems } from '../../shared/pagination';
import { heyyList } from '../lists';
import { dataItems, heyy, wholeList } from '../provider';
import { apiRequest } from '../../shared/transport';

function text(value: unknown): string {
	return value === undefined || value === null ? '' : String(value).trim();
}

function sorted(options: INodePropertyOptions[]): INodePropertyOptions[] {
	return options.sort((a, b) => a.name.localeCompare(b.name));
}

async function whole(
	ctx: ILoadOptionsFunctions,
	path: string,
	key: string,
): Promise<IDataObject[]> {
	return await apiRequestAllItems(ctx, heyy, { method: 'GET', path }, wholeList(key));
}

/** Channels, labelled by name and number (or type): "Sales (+14155550100)". */
export async function getChannels(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const channels = await whole(this, '/channels', 'channels');
	return sorted(
		channels.map((c) => {
			const name = text(c.name) || text(c.id);
			const number = text((c.whatsappPhoneNumber as IDataObject | undefined)?.name);
			const detail = number || text(c.type);
			return { name: detail && detail !== name ? `${name} (${detail})` : name, value: text(c.id) };
		}),
	);
}

export async function getTemplates(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	// No sortBy: only `updatedAt` is seen in a source (Pipedream send-whatsapp-message.mjs) and
	// `name` may be refused (audit H9); the options are sorted by name here instead.
	const templates = await heyyList(this, { method: 'GET', path: '/message_templates' }, [
		'messageTemplates',
	]);
	return sorted(
		templates.map((t) => {
			const details = [text(t.language), text(t.status)].filter((d) => d && d !== 'APPROVED');
			const name = text(t.name) || text(t.id);
			return { name: details.length ? `${name} (${details.join(', ')})` : name, value: text(t.id) };
		}),
	);
}

/** Labels by ID (to delete one). */
export async function getLabels(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return sorted(
		(await whole(this, '/labels', 'labels')).map((l) => ({
			name: text(l.name),
			value: text(l.id),
		})),
	);
}

/** Labels by name (contacts carry labels as `{name}`). */
export async function getLabelNames(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return sorted(
		(await whole(this, '/labels', 'labels')).map((l) => ({
			name: text(l.name),
			value: text(l.name),
		})),
	);
}

/** Attributes by external ID (what contact bodies carry). */
export async function getAttributes(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return sorted(
		(await whole(this, '/attributes', 'attributes')).map((a) => ({
			name: text(a.name) || text(a.externalId),
			value: text(a.externalId),
			description: text(a.description) || undefined,
		})),
	);
}

/** Attributes by ID (to delete one). */
export async function getAttributeIds(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	return sorted(
		(await whole(this, '/attributes', 'attributes')).map((a) => ({
			name: text(a.name) || text(a.externalId),
			value: text(a.id),
		})),
	);
}

/** Automations of the channel chosen in the same node. */
export async function getAutomations(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const channel = text(this.getCurrentNodeParameter('channelId'));
	if (!channel) return [];
	const body = await apiRequest(this, heyy, {
		method: 'GET',
		path: `/${encodeURIComponent(channel)}/workflows`,
	});
	return sorted(
		dataItems('workflows')(body).map((w) => ({
			name:
				text(w.status) && text(w.status) !== 'ACTIVE'
					? `${text(w.name)} (${text(w.status)})`
					: text(w.name),
			value: text(w.id),
		})),
	);
}
