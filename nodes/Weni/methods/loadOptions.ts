import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { apiRequest } from '../../shared/transport';
import { apiRequestAllItems } from '../../shared/pagination';
import { flavourOf, MESSAGE_FOLDERS } from '../flavour';
import { cursor, endpoint, weni } from '../provider';
import { byName } from '../../shared/listSearch';

async function all(
	ctx: ILoadOptionsFunctions,
	name: string,
	qs?: IDataObject,
): Promise<IDataObject[]> {
	return await apiRequestAllItems(ctx, weni, { method: 'GET', path: endpoint(name), qs }, cursor);
}

/** Contact groups by name, valued by UUID; smart (query) groups are marked. For filters and recipients. */
export async function getGroups(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return (await all(this, 'groups'))
		.map((g) => ({
			name: g.query ? `${String(g.name)} (smart group)` : String(g.name),
			value: String(g.uuid),
			description: g.query ? `Query: ${String(g.query)}` : undefined,
		}))
		.sort(byName);
}

/**
 * Groups a contact can be put in: smart (query) groups are left out, because
 * contact writes and contact actions refuse them (ContactGroupField(allow_dynamic=False),
 * temba/api/v2/serializers.py of weni-ai/flows and weni-ai/rapidpro).
 */
export async function getStaticGroups(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	return (await all(this, 'groups'))
		.filter((g) => !g.query)
		.map((g) => ({ name: String(g.name), value: String(g.uuid) }))
		.sort(byName);
}

/** Contact fields by name, valued by key (RapidPro: name/type; Weni Flows: label/value_type). */
export async function getFields(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return (await all(this, 'fields'))
		.map((f) => ({
			name: String(f.name ?? f.label ?? f.key),
			value: String(f.key),
			description: `${String(f.key)} (${String(f.type ?? f.value_type ?? 'text')})`,
		}))
		.sort(byName);
}

/**
 * Channels a WhatsApp broadcast can go out through: WhatsappBroadcastWriteSerializer.validate
 * takes channel types WAC (WhatsApp Cloud) and WWC (Weni Webchat) only (weni-ai/flows
 * temba/api/v2/serializers.py). Weni Flows' ChannelReadSerializer has no `type` (same file), so
 * there every channel is listed and Weni refuses another type itself ("Invalid channel type").
 */
export async function getWhatsAppChannels(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	return (await all(this, 'channels'))
		.filter((c) => c.type === undefined || c.type === 'WAC' || c.type === 'WWC')
		.map((c) => ({
			name: String(c.name),
			value: String(c.uuid),
			description: c.address ? String(c.address) : undefined,
		}))
		.sort(byName);
}

/** Resthook slugs: each exists because a flow has a "Call Zapier/resthook" action using it. */
export async function getResthooks(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return (await all(this, 'resthooks'))
		.map((r) => ({ name: String(r.resthook), value: String(r.resthook) }))
		.sort(byName);
}

const FOLDER_LABELS: Record<string, { name: string; description?: string }> = {
	archived: { name: 'Archived' },
	failed: { name: 'Failed' },
	flows: { name: 'Flows', description: 'Incoming messages handled by flows' },
	inbox: { name: 'Inbox', description: 'Incoming messages not handled by flows' },
	incoming: { name: 'Incoming', description: 'All incoming messages (Weni Flows only)' },
	outbox: { name: 'Outbox' },
	sent: { name: 'Sent' },
};

/** The message folders the server this credential speaks to accepts (see flavour.ts). */
export async function getMessageFolders(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	const flavour = await flavourOf(this);
	return MESSAGE_FOLDERS[flavour].map((value) => ({ value, ...FOLDER_LABELS[value] })).sort(byName);
}

/**
 * The workspace's languages (`workspace.json` `languages`, ISO 639-3 codes:
 * WorkspaceReadSerializer in weni-ai/flows and weni-ai/rapidpro
 * temba/api/v2/serializers.py).
 */
export async function getLanguages(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const workspace = await apiRequest<IDataObject>(this, weni, {
		method: 'GET',
		path: endpoint('workspace'),
	});
	const languages = Array.isArray(workspace?.languages) ? (workspace.languages as unknown[]) : [];
	return languages.map((code) => ({ name: String(code), value: String(code) })).sort(byName);
}

/** Ticket topics by name, valued by UUID (TopicsEndpoint: uuid, name; temba/api/v2/views.py of both servers). */
export async function getTopics(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return (await all(this, 'topics'))
		.map((t) => ({ name: String(t.name), value: String(t.uuid) }))
		.sort(byName);
}

/**
 * Workspace users a ticket can be assigned to, valued by email (what `assignee` takes):
 * UsersEndpoint rows carry email, first_name, last_name and role (nyaruka/rapidpro
 * temba/api/v2/tests/test_users.py; weni-ai/flows' older fork: guess, the same fields).
 * "Unassign" (empty) comes first.
 */
export async function getUsers(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const users = (await all(this, 'users'))
		.filter((u) => typeof u.email === 'string' && u.email !== '')
		.map((u) => {
			const name = [u.first_name, u.last_name].filter((n) => typeof n === 'string' && n).join(' ');
			return {
				name: name ? `${name} (${String(u.email)})` : String(u.email),
				value: String(u.email),
				description: u.role ? String(u.role) : undefined,
			};
		})
		.sort(byName);
	return [{ name: 'Unassign', value: '', description: 'Leave the ticket unassigned' }, ...users];
}

export { getTemplateLocales } from '../templates';
