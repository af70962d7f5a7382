import type { IDataObject } from 'n8n-workflow';

import type { Params } from '../shared/params';
import type { FieldRules } from '../shared/validation';
import { CONTACT_STATUSES } from './descriptions';

export const LANGUAGE_RULES: FieldRules = {
	pattern: {
		regex: /^[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,4})?$/,
		hint: 'must be a language code like "it" or "en_US"',
	},
};

const CODE_RULES: FieldRules = {
	required: true,
	pattern: {
		regex: /^[A-Za-z][A-Za-z0-9_]*$/,
		hint: 'must be a custom field code such as ORDER_ID',
	},
};

/** Reads Custom Fields into `{CODE: value}`, or undefined when none were added. */
export function readCustomFields(p: Params): IDataObject | undefined {
	const entries = p.entries('customFields', 'field');
	if (entries.length === 0) return undefined;
	const result: IDataObject = {};
	for (const entry of entries) {
		const code = p.checkText('code', entry.code, CODE_RULES);
		result[code] = p.checkText('value', entry.value, { maxLength: 4096 });
	}
	return result;
}

/** Reads Metadata (a JSON text or object taken from a collection); undefined when empty. */
export function readMetadata(
	p: Params,
	value: unknown,
	name = 'metadata',
): IDataObject | undefined {
	// Checked here: jsonObject reads the node parameter itself when given undefined.
	if (value === undefined || value === null || value === '') return undefined;
	const metadata = p.jsonObject(name, value);
	return metadata && Object.keys(metadata).length ? metadata : undefined;
}

/** Copies the optional contact fields of a collection into a Spoki contact body. */
export function readContactFields(p: Params, fields: IDataObject, body: IDataObject): void {
	const names: Array<[string, string]> = [
		['firstName', 'first_name'],
		['lastName', 'last_name'],
	];
	for (const [name, key] of names) {
		if (fields[name] !== undefined) body[key] = p.checkText(name, fields[name], { maxLength: 255 });
	}
	if (fields.email !== undefined) body.email = p.checkText('email', fields.email, { email: true });
	if (fields.language !== undefined)
		body.language = p.checkText('language', fields.language, LANGUAGE_RULES);
	if (fields.status !== undefined)
		body.status = p.checkText('status', fields.status, { oneOf: CONTACT_STATUSES });
	if (fields.phone !== undefined)
		body.phone = p.checkText('phone', fields.phone, { required: true, phone: true });
	const blocked = p.checkBoolean('isBlocked', fields.isBlocked);
	if (blocked !== undefined) body.is_blocked = blocked;
}

/** The body of one "create or update" record: phone, optional fields, custom fields. */
export function contactRecord(p: Params): IDataObject {
	const body: IDataObject = { phone: p.readText('phone', { required: true, phone: true }) };
	readContactFields(p, p.collection('additionalFields'), body);
	const customFields = readCustomFields(p);
	if (customFields) body.custom_fields = customFields;
	return body;
}

/** Values given in the Template Variables mapper, `{CODE: value}`; empty ones are left out. */
export function readTemplateVariables(p: Params): IDataObject {
	const raw = p.raw('templateVariables', undefined) as IDataObject | null | undefined;
	const mapped = raw && typeof raw === 'object' ? ((raw.value ?? {}) as IDataObject | null) : null;
	const result: IDataObject = {};
	for (const [code, value] of Object.entries(mapped ?? {})) {
		if (value === undefined || value === null || String(value).trim() === '') continue;
		const key = p.checkText('templateVariables', code, CODE_RULES);
		result[key] = p.checkText('templateVariables', String(value), { maxLength: 4096 });
	}
	return result;
}

/** A numeric Spoki id for a URL path, from a text, number or dropdown parameter. */
export function numericId(p: Params, name: string): string {
	const text = p.locator(name, {
		required: true,
		pattern: { regex: /^\d+$/, hint: 'must be a numeric Spoki ID' },
	});
	return p.segment(name, text);
}
