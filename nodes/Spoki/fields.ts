import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { Params } from '../shared/params';
import type { FieldRules } from '../shared/validation';
import { invalid } from '../shared/validation';

export const LANGUAGE_RULES: FieldRules = {
	pattern: { regex: /^[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,4})?$/, hint: 'must be a language code like "it" or "en_US"' },
};

/** A recipient or contact phone, E.164. */
export function phoneField(description: string, name = 'phone', displayName = 'Phone'): INodeProperties {
	return {
		displayName,
		name,
		type: 'string',
		required: true,
		default: '',
		placeholder: '+393331234567',
		description,
	};
}

/** Custom field values keyed by the field's code (`custom_fields: {CODE: "value"}`). */
export const customFieldsField: INodeProperties = {
	displayName: 'Custom Fields',
	name: 'customFields',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Custom Field',
	default: {},
	options: [
		{
			displayName: 'Field',
			name: 'field',
			values: [
				{
					displayName: 'Field Name or ID',
					name: 'code',
					type: 'options',
					typeOptions: { loadOptionsMethod: 'getCustomFieldCodes' },
					default: '',
					description:
						'The custom field, by its code (e.g. ORDER_ID). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
				},
				{
					displayName: 'Value',
					name: 'value',
					type: 'string',
					default: '',
				},
			],
		},
	],
};

const CODE_RULES: FieldRules = {
	required: true,
	pattern: { regex: /^[A-Za-z][A-Za-z0-9_]*$/, hint: 'must be a custom field code such as ORDER_ID' },
};

/** Reads Custom Fields into `{CODE: value}`, or undefined when none were added. */
export function readCustomFields(p: Params): IDataObject | undefined {
	const entries = (p.collection('customFields').field ?? []) as IDataObject[];
	if (!Array.isArray(entries) || entries.length === 0) return undefined;
	const result: IDataObject = {};
	for (const entry of entries) {
		const code = p.check('code', entry.code, CODE_RULES);
		result[code] = p.check('value', entry.value, { maxLength: 4096 });
	}
	return result;
}

/** Metadata passed through to Spoki as a JSON object. */
export const metadataField: INodeProperties = {
	displayName: 'Metadata',
	name: 'metadata',
	type: 'json',
	default: '',
	description: 'A JSON object Spoki keeps with the message and returns in webhooks, e.g. {"order_id": 42}',
};

/** Reads Metadata (a JSON text or object), which must be a JSON object; undefined when empty. */
export function readMetadata(p: Params, value: unknown, name = 'metadata'): IDataObject | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	let parsed: unknown = value;
	if (typeof value === 'string') {
		if (value.trim() === '') return undefined;
		try {
			parsed = JSON.parse(value);
		} catch {
			throw invalid(p.node, p.label(name), p.itemIndex, 'must be valid JSON', 'For example {"order_id": 42}.');
		}
	}
	if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
		throw invalid(p.node, p.label(name), p.itemIndex, 'must be a JSON object', 'For example {"order_id": 42}.');
	}
	return Object.keys(parsed).length ? (parsed as IDataObject) : undefined;
}
