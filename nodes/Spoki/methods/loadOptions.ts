import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { apiRequestAllItems } from '../../shared/pagination';
import { API, drfPages, spoki } from '../provider';
import { sortByName, text } from '../../shared/listSearch';

/** Dropdowns show at most this many entries; larger accounts can type an ID in an expression. */
const MAX_OPTIONS = 1000;

async function all(
	ctx: ILoadOptionsFunctions,
	resource: string,
	qs?: IDataObject,
): Promise<IDataObject[]> {
	return await apiRequestAllItems(
		ctx,
		spoki,
		{ method: 'GET', path: `${API}/${resource}/`, qs },
		drfPages(),
		MAX_OPTIONS,
	);
}

export async function getTags(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return sortByName(
		(await all(this, 'tags')).map((t) => ({
			name: text(t.name) || `Tag ${text(t.id)}`,
			value: text(t.id),
		})),
	);
}

const fieldName = (f: IDataObject) => `${text(f.label) || text(f.code)} (${text(f.code)})`;

export async function getCustomFields(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	return sortByName(
		(await all(this, 'custom-fields')).map((f) => ({ name: fieldName(f), value: text(f.id) })),
	);
}

/** Custom fields valued by their code, the key Spoki expects in `custom_fields`. */
export async function getCustomFieldCodes(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	return sortByName(
		(await all(this, 'custom-fields'))
			.filter((f) => text(f.code))
			.map((f) => ({ name: fieldName(f), value: text(f.code) })),
	);
}

export async function getAccounts(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return sortByName(
		(await all(this, 'accounts')).map((a) => ({
			name: text(a.phone)
				? `${text(a.name) || text(a.id)} (${text(a.phone)})`
				: text(a.name) || `Account ${text(a.id)}`,
			value: text(a.id),
		})),
	);
}
