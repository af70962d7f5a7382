import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { getMany } from '../shared/getMany';
import type { OperationContext, OperationDef } from '../shared/definitions';
import type { Params } from '../shared/params';
import { requireFlows } from './flavour';
import { cursor, endpoint } from './provider';
import { nameRules, uuidOf } from './readers';

/**
 * Groups and labels behave alike in RapidPro: `{uuid, name, …}`, created with
 * `POST {name}`, renamed with `POST ?uuid=`, deleted with `DELETE ?uuid=`.
 */
export interface NamedResource {
	/** Endpoint name, e.g. `groups`. */
	endpoint: string;
	/** Lower-case noun, e.g. `group`. */
	noun: string;
	/** The dropdown that picks one (its parameter name is the noun). */
	picker: INodeProperties;
	/** Extra words for the Delete description. */
	deleteNote?: string;
}

function nameField(noun: string, displayName = 'Name'): INodeProperties {
	return {
		displayName,
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		description: `Name of the ${noun} (at most 64 characters, unique in the workspace)`,
	};
}

export function namedOperations(r: NamedResource): OperationDef[] {
	const path = endpoint(r.endpoint);
	const pickedUuid = (op: Parameters<OperationDef['run']>[0]) => uuidOf(op.params, r.picker.name);
	const operations: OperationDef[] = [
		{
			value: 'create',
			name: 'Create',
			action: `Create a ${r.noun}`,
			description: `Create a ${r.noun}`,
			properties: [nameField(r.noun)],
			run: async (op) =>
				await op.request<IDataObject>({
					method: 'POST',
					path,
					body: { name: op.params.readText('name', nameRules) },
				}),
		},
		{
			value: 'delete',
			name: 'Delete',
			action: `Delete a ${r.noun}`,
			description: `Delete a ${r.noun}${r.deleteNote ? `; ${r.deleteNote}` : ''}`,
			properties: [r.picker],
			run: async (op) => {
				const uuid = pickedUuid(op);
				await op.request({ method: 'DELETE', path, qs: { uuid } });
				return { deleted: true, uuid };
			},
		},
		getMany({
			action: `Get many ${r.noun}s`,
			description: `List the ${r.noun}s of the workspace`,
			fields: [
				{
					displayName: 'Name',
					name: 'filterName',
					type: 'string',
					default: '',
					description: `Only the ${r.noun} with exactly this name (case-insensitive)`,
				},
			],
			request: (op) => {
				const name = op.params.readOptionalText('filterName', { maxLength: 255 });
				return { method: 'GET', path, qs: name ? { name } : {} };
			},
			pagination: cursor,
		}),
		{
			value: 'update',
			name: 'Rename',
			action: `Rename a ${r.noun}`,
			description: `Give a ${r.noun} a new name`,
			properties: [r.picker, nameField(r.noun, 'New Name')],
			run: async (op) => {
				const uuid = pickedUuid(op);
				const name = op.params.readText('name', nameRules);
				return await op.request<IDataObject>({
					method: 'POST',
					path,
					qs: { uuid },
					body: { name },
				});
			},
		},
	];
	// Get Many first: the resource's default operation is a safe one.
	return ['getAll', 'create', 'update', 'delete'].map(
		(value) => operations.find((o) => o.value === value)!,
	);
}

/**
 * A Get Many of one RapidPro list endpoint, cursor-paged: the operation's own
 * fields (if any), Return All / Limit, Simplify (when it keeps `simplify`
 * keys), then the endpoint's filters, which `query` turns into the query string.
 */
export function cursorGetMany(spec: {
	action: string;
	description: string;
	endpoint: string;
	properties?: INodeProperties[];
	filters?: INodeProperties[];
	query?(p: Params, filters: IDataObject, qs: IDataObject, op: OperationContext): unknown;
	/** What Simplify keeps of a row: what a workflow usually reads; the rest stays one switch away. */
	simplify?: string[];
	/** Weni Flows only: what RapidPro lacks, for the error refusing it there. */
	flowsOnly?: string;
}): OperationDef {
	return getMany({
		action: spec.action,
		description: spec.description,
		fields: spec.properties,
		simplify: spec.simplify,
		filters: spec.filters,
		request: async (op) => {
			const qs: IDataObject = {};
			if (spec.query) await spec.query(op.params, op.params.collection('filters'), qs, op);
			if (spec.flowsOnly) await requireFlows(op, spec.flowsOnly);
			return { method: 'GET', path: endpoint(spec.endpoint), qs };
		},
		pagination: cursor,
	});
}
