import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { OperationDef, OperationResult } from './definitions';
import type { Params } from './params';

// Operation builders every provider shares (an OperationDef from a few facts), and the
// readers their runs use, so a provider folder states only its paths, ids and wording.

/** How a provider addresses one record by its id parameter. */
export interface RecordStyle {
	/** Reads and checks the id parameter `name` of the item, ready for a path. */
	id(p: Params, name: string): string;
	/** What a deletion of `id` outputs. */
	deleted(id: string): IDataObject;
	/** The record in a GET's answer; the answer itself when absent. */
	record?(answer: unknown): OperationResult;
}

type Run = OperationDef['run'];

/**
 * "Get" and "Delete" operations in a provider's style: each call gives only the
 * wording, the fields and the path (which reads the item's parameters in its own order).
 */
export function recordOperations(style: RecordStyle) {
	const record = style.record ?? ((answer: unknown) => answer as IDataObject);
	return {
		/**
		 * Get: GET `path`; outputs `output(answer, read)`, else the record in the
		 * provider's answer. Output options (Simplify) are read by `read`, with
		 * the path, before the request: `output` sees no parameters, so a bad
		 * value is refused before anything is asked.
		 */
		get<R = undefined>(
			action: string,
			description: string,
			properties: INodeProperties[],
			path: (p: Params) => string,
			output?: (answer: IDataObject, read: R) => OperationResult,
			read?: (p: Params) => R,
		): OperationDef {
			return operation('get', 'Get', action, description, properties, async (op) => {
				const target = path(op.params);
				const options = read?.(op.params) as R;
				const answer = await op.request<IDataObject>({ method: 'GET', path: target });
				return output ? output(answer, options) : record(answer);
			});
		},
		/** Delete: DELETE `path`; outputs `style.deleted` of the id in the last of `properties`. */
		delete(
			action: string,
			description: string,
			properties: INodeProperties[],
			path: (p: Params) => string,
		): OperationDef {
			return operation('delete', 'Delete', action, description, properties, async (op) => {
				const target = path(op.params);
				const id = style.id(op.params, properties[properties.length - 1].name);
				await op.request({ method: 'DELETE', path: target });
				return style.deleted(id);
			});
		},
	};
}

/** An operation from its selector entry, fields and run. */
export function operation(
	value: string,
	name: string,
	action: string,
	description: string,
	properties: INodeProperties[],
	run: Run,
): OperationDef {
	return { value, name, action, description, properties, run };
}

/** A list's query, started with the text filter `name` of `values` (at most 200 characters) when one is given. */
export function textQuery(p: Params, values: IDataObject, name: string): IDataObject {
	const value = p.checkText(name, values[name], { maxLength: 200 });
	return value ? { [name]: value } : {};
}
