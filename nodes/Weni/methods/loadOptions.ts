import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { apiRequestAllItems } from '../../shared/pagination';
import { cursor, endpoint, weni } from '../provider';

async function all(ctx: ILoadOptionsFunctions, name: string, qs?: IDataObject): Promise<IDataObject[]> {
	return await apiRequestAllItems(ctx, weni, { method: 'GET', path: endpoint(name), qs }, cursor);
}

function byName(a: INodePropertyOptions, b: INodePropertyOptions): number {
	return a.name.localeCompare(b.name);
}

/** Contact groups by name, valued by UUID; smart (query) groups are marked. */
export async function getGroups(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return (await all(this, 'groups'))
		.map((g) => ({
			name: g.query ? `${String(g.name)} (smart group)` : String(g.name),
			value: String(g.uuid),
			description: g.query ? `Query: ${String(g.query)}` : undefined,
		}))
		.sort(byName);
}

/** Contact fields by name, valued by key. */
export async function getFields(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return (await all(this, 'fields'))
		.map((f) => ({
			name: String(f.name ?? f.label ?? f.key),
			value: String(f.key),
			description: `${String(f.key)} (${String(f.type ?? f.value_type ?? 'text')})`,
		}))
		.sort(byName);
}

/** Flows that are not archived, valued by UUID. */
export async function getFlows(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return (await all(this, 'flows', { archived: false }))
		.filter((f) => f.archived !== true)
		.map((f) => ({ name: String(f.name), value: String(f.uuid), description: f.type ? `${String(f.type)} flow` : undefined }))
		.sort(byName);
}

export async function getLabels(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return (await all(this, 'labels')).map((l) => ({ name: String(l.name), value: String(l.uuid) })).sort(byName);
}

/** Resthook slugs: each exists because a flow has a "Call Zapier/resthook" action using it. */
export async function getResthooks(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return (await all(this, 'resthooks'))
		.map((r) => ({ name: String(r.resthook), value: String(r.resthook) }))
		.sort(byName);
}
