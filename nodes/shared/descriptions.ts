import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

// Description builders every provider's fields share, so a provider folder states only
// what differs (its names, ids and wording).

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
