import type {
	IDataObject,
	INodeListSearchItems,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';

import type { OperationDef, OperationResult } from './operation';
import type { Params } from './params';

// Building blocks that every provider's descriptions and operations share, so a
// provider folder states only what differs (its paths, ids and wording).

/** A collection of optional fields: n8n's "Additional Fields", "Update Fields", "Options", "Filters". */
function collection(displayName: string, name: string, placeholder: string) {
	return (options: INodeProperties[], extra: Partial<INodeProperties> = {}): INodeProperties => ({
		displayName,
		name,
		type: 'collection',
		placeholder,
		default: {},
		...extra,
		options,
	});
}

export const additionalFields = collection('Additional Fields', 'additionalFields', 'Add Field');
export const updateFields = collection('Update Fields', 'updateFields', 'Add Field');
export const optionsCollection = collection('Options', 'options', 'Add Option');
export const filtersCollection = collection('Filters', 'filters', 'Add Filter');

/** Dropdown entries from `{ Name: value }`, in the order given (n8n's lint wants them sorted by name). */
export function choices(entries: Record<string, string>): INodePropertyOptions[] {
	return Object.entries(entries).map(([name, value]) => ({ name, value }));
}

export interface LocatorSpec {
	displayName: string;
	name: string;
	/** The listSearch method of the "From List" mode. */
	searchMethod: string;
	description?: string;
	/** Parameters whose change reloads the list. */
	dependsOn?: string[];
	/** Placeholder of the "From List" mode; none when absent. */
	listPlaceholder?: string;
	/** Label of the by-value mode; "By ID" when absent. */
	byLabel?: string;
	/** Placeholder of the by-value mode. */
	placeholder?: string;
	/** Regex the by-value mode checks in the editor, and the message when it fails. */
	regex?: string;
	regexError?: string;
	/** A "By URL" mode: the record's web page, whose id `regex`'s first group extracts. */
	url?: { placeholder: string; regex: string; regexError: string };
}

/** A Resource Locator: "From List" (searchable, the default) or a typed value. */
export function resourceLocator(o: LocatorSpec): INodeProperties {
	return {
		displayName: o.displayName,
		name: o.name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description: o.description,
		...(o.dependsOn ? { typeOptions: { loadOptionsDependsOn: o.dependsOn } } : {}),
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				...(o.listPlaceholder !== undefined ? { placeholder: o.listPlaceholder } : {}),
				typeOptions: { searchListMethod: o.searchMethod, searchable: true },
			},
			{
				displayName: o.byLabel ?? 'By ID',
				name: 'id',
				type: 'string',
				...(o.placeholder !== undefined ? { placeholder: o.placeholder } : {}),
				...(o.regex
					? {
							validation: [
								{
									type: 'regex',
									properties: { regex: o.regex, errorMessage: o.regexError ?? 'Not a valid value' },
								},
							],
						}
					: {}),
			},
			...(o.url
				? [
						{
							displayName: 'By URL',
							name: 'url',
							type: 'string' as const,
							placeholder: o.url.placeholder,
							validation: [
								{
									type: 'regex' as const,
									properties: { regex: o.url.regex, errorMessage: o.url.regexError },
								},
							],
							extractValue: { type: 'regex' as const, regex: o.url.regex },
						},
					]
				: []),
		],
	};
}

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
		/** Get: GET `path`; outputs `output(answer)`, else the record in the provider's answer. */
		get(
			action: string,
			description: string,
			properties: INodeProperties[],
			path: (p: Params) => string,
			output?: (answer: IDataObject, p: Params) => OperationResult,
		): OperationDef {
			return operation('get', 'Get', action, description, properties, async (op) => {
				const answer = await op.request<IDataObject>({ method: 'GET', path: path(op.params) });
				return output ? output(answer, op.params) : record(answer);
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

/** A fixedCollection of repeatable groups ("Add Attribute", "Add Custom Field", ...). */
export function multipleValues(
	displayName: string,
	name: string,
	placeholder: string,
	options: INodeProperties['options'],
	extra: Partial<INodeProperties> = {},
): INodeProperties {
	return {
		displayName,
		name,
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder,
		default: {},
		...extra,
		options,
	};
}

/** n8n's Simplify switch, on by default so large answers stay small. */
export const simplifyField: INodeProperties = {
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: true,
	description: 'Whether to return a simplified version of the response instead of the raw data',
};

/** A message's required Text, four rows high. */
export function messageTextField(extra: Partial<INodeProperties> = {}): INodeProperties {
	return {
		displayName: 'Text',
		name: 'text',
		type: 'string',
		typeOptions: { rows: 4 },
		required: true,
		default: '',
		...extra,
	};
}

/**
 * Template Variables: one field per variable of the chosen template, loaded by the
 * provider's `getTemplateVariables` resource mapper when the parameters in `dependsOn` change.
 */
export function templateVariablesField(
	name: string,
	dependsOn: string[],
	noFieldsError: string,
	description: string,
): INodeProperties {
	return {
		displayName: 'Template Variables',
		name,
		type: 'resourceMapper',
		noDataExpression: true,
		default: { mappingMode: 'defineBelow', value: null },
		description,
		typeOptions: {
			loadOptionsDependsOn: dependsOn,
			resourceMapper: {
				resourceMapperMethod: 'getTemplateVariables',
				mode: 'add',
				fieldWords: { singular: 'variable', plural: 'variables' },
				addAllFields: true,
				multiKeyMatch: false,
				supportAutoMap: false,
				noFieldsError,
			},
		},
	};
}

/**
 * A list search's entries: the items with a text (as `texts` gives them) that contains
 * the typed filter, in any case (all of them when none is typed), each as `{name, value}`.
 */
export function searchEntries<T>(
	items: T[],
	filter: string | undefined,
	texts: (item: T) => string[],
	entry: (item: T) => INodeListSearchItems,
): INodeListSearchItems[] {
	const needle = filter ? filter.toLowerCase() : '';
	const found = needle
		? items.filter((item) => texts(item).some((t) => t.toLowerCase().includes(needle)))
		: items;
	return found.map(entry);
}

/** n8n's hint for a dropdown whose value may also come from an expression. */
const EXPRESSION_HINT =
	'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.';

/** A required dropdown filled by the `loadOptions` method `method`; `what` opens its description. */
export function listedField(
	displayName: string,
	name: string,
	method: string,
	what: string,
): INodeProperties {
	return {
		displayName,
		name,
		type: 'options',
		typeOptions: { loadOptionsMethod: method },
		required: true,
		default: '',
		description: `${what} ${EXPRESSION_HINT}`,
	};
}

/** A plain field: a text box empty by default, unless `extra` says otherwise (type, default, hints). */
export function plainField(
	displayName: string,
	name: string,
	extra: Partial<INodeProperties> = {},
): INodeProperties {
	return { displayName, name, type: 'string', default: '', ...extra };
}

/** A list's query, started with the text filter `name` of `values` (at most 200 characters) when one is given. */
export function textQuery(p: Params, values: IDataObject, name: string): IDataObject {
	const value = p.checkText(name, values[name], { maxLength: 200 });
	return value ? { [name]: value } : {};
}

/** A text box empty by default, with its description (and any other hint in `extra`). */
export function textField(
	displayName: string,
	name: string,
	description: string,
	extra: Partial<INodeProperties> = {},
): INodeProperties {
	return plainField(displayName, name, { ...extra, description });
}

/** A date and time picker, empty by default. */
export function dateTimeField(
	displayName: string,
	name: string,
	description: string,
): INodeProperties {
	return plainField(displayName, name, { type: 'dateTime', description });
}
