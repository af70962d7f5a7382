import type { INode } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { toInstant } from './dates';

export interface FieldRules {
	required?: boolean;
	/** E.164 phone number: `+` then 7 to 15 digits; spaces, dashes, dots and brackets are dropped. */
	phone?: boolean;
	email?: boolean;
	url?: boolean;
	oneOf?: readonly string[];
	maxLength?: number;
	pattern?: { regex: RegExp; hint: string };
}

export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const E164 = /^\+[1-9]\d{6,14}$/;

export interface NumberRules {
	required?: boolean;
	min?: number;
	max?: number;
	integer?: boolean;
}

/** An error about one item: `<message> [item N]`, so a user finds the item among many. */
export function itemError(
	node: INode,
	itemIndex: number,
	message: string,
	description?: string,
): NodeOperationError {
	return new NodeOperationError(node, `${message} [item ${itemIndex}]`, { itemIndex, description });
}

/** The error for a bad value: `"<field>" <problem> [item N]`. */
export function invalid(
	node: INode,
	field: string,
	itemIndex: number,
	problem: string,
	description?: string,
): NodeOperationError {
	// One hint line on every validation error, in the same style for every provider.
	return itemError(
		node,
		itemIndex,
		`"${field}" ${problem}`,
		description ?? 'Correct the value and run again; nothing was sent for this item.',
	);
}

/** A value cut to 40 characters for an error message. */
export function shown(value: string): string {
	return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}

/** Normalises a phone number to E.164, or undefined when it is not one. */
export function toE164(value: string): string | undefined {
	const compact = value.replace(/[\s\-.()]/g, '');
	return E164.test(compact) ? compact : undefined;
}

/**
 * Who a phone-addressed write reaches, for per-recipient order: the E.164
 * number however it is written (+39 333… and +39333… are one recipient), or
 * the text as given when it is none (the item then fails on its own).
 */
export function phoneKey(value: unknown): string | undefined {
	const text = typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
	return text ? (toE164(text) ?? text) : undefined;
}

/**
 * Checks one text value against its rules and returns it normalised (trimmed,
 * phone numbers compacted). Throws a NodeOperationError naming field and item.
 */
export function checkText(
	node: INode,
	field: string,
	itemIndex: number,
	value: unknown,
	rules: FieldRules = {},
): string {
	if (
		value !== undefined &&
		value !== null &&
		typeof value !== 'string' &&
		typeof value !== 'number'
	) {
		throw invalid(
			node,
			field,
			itemIndex,
			`must be text, not ${Array.isArray(value) ? 'a list' : typeof value}`,
		);
	}
	const text = value === undefined || value === null ? '' : String(value).trim();
	if (text === '') {
		if (rules.required)
			throw invalid(node, field, itemIndex, 'is required', `Enter a value for "${field}".`);
		return '';
	}
	const phone = rules.phone ? toE164(text) : undefined;
	const broken = brokenRule(text, rules, phone);
	if (broken) throw invalid(node, field, itemIndex, broken.problem, broken.hint);
	return phone ?? text;
}

/** What is wrong with a non-empty text under its rules (the first rule it breaks), if anything. */
function brokenRule(
	text: string,
	rules: FieldRules,
	phone: string | undefined,
): { problem: string; hint?: string } | undefined {
	const got = `(got "${shown(text)}")`;
	if (rules.maxLength !== undefined && text.length > rules.maxLength)
		return {
			problem: `is longer than ${rules.maxLength} characters (${text.length})`,
			hint: `Shorten it to ${rules.maxLength} characters or fewer.`,
		};
	// A phone number is checked as one and nothing else.
	if (rules.phone)
		return phone
			? undefined
			: {
					problem: `must be a phone number in international format, like +14155550123 ${got}`,
					hint: 'Start with + and the country code; 7 to 15 digits.',
				};
	if (rules.email && !EMAIL.test(text))
		return { problem: `must be an email address ${got}`, hint: 'Like name@example.com.' };
	if (rules.url && !isWebUrl(text))
		return {
			problem: `must be an http(s) URL ${got}`,
			hint: 'Start with https:// (or http://), like https://example.com/file.pdf.',
		};
	if (rules.oneOf && !rules.oneOf.includes(text))
		return {
			problem: `must be one of ${rules.oneOf.join(', ')} ${got}`,
			hint: 'Pick one of the listed values, or make the expression give one of them.',
		};
	if (rules.pattern && !rules.pattern.regex.test(text))
		return { problem: `${rules.pattern.hint} ${got}` };
	return undefined;
}

function isWebUrl(text: string): boolean {
	try {
		return /^https?:$/.test(new URL(text).protocol);
	} catch {
		return false;
	}
}

/**
 * A yes/no value: a boolean, or the text "true"/"false" an expression may
 * give. Anything else is refused rather than read as false.
 */
export function checkBoolean(
	node: INode,
	field: string,
	itemIndex: number,
	value: unknown,
): boolean | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	if (typeof value === 'boolean') return value;
	if (typeof value === 'string' && /^(true|false)$/i.test(value.trim()))
		return value.trim().toLowerCase() === 'true';
	throw invalid(
		node,
		field,
		itemIndex,
		`must be true or false (got ${shown(JSON.stringify(value) ?? String(value))})`,
		'An expression may give true or false, or the text "true" or "false".',
	);
}

/**
 * A date or date-time: a Date, a Luxon DateTime, or ISO 8601 text; text
 * without a zone is read in `timezone` (the workflow's). Returns ISO 8601 in UTC.
 */
export function checkDate(
	node: INode,
	field: string,
	itemIndex: number,
	value: unknown,
	timezone = 'UTC',
): string | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	const date = toInstant(value, timezone);
	if (!date) {
		throw invalid(
			node,
			field,
			itemIndex,
			`must be a date and time, like 2026-01-31T09:00:00Z (got ${shown(typeof value === 'string' ? `"${value}"` : String(JSON.stringify(value)))})`,
			"Use ISO 8601 or the date picker; a time without a zone is read in the workflow's timezone.",
		);
	}
	return date.toISOString();
}

export function checkNumber(
	node: INode,
	field: string,
	itemIndex: number,
	value: unknown,
	rules: NumberRules = {},
): number | undefined {
	if (value === undefined || value === null || value === '') {
		if (rules.required) throw invalid(node, field, itemIndex, 'is required');
		return undefined;
	}
	const number = typeof value === 'number' ? value : Number(value);
	if (typeof value === 'boolean' || Number.isNaN(number) || !Number.isFinite(number)) {
		throw invalid(node, field, itemIndex, `must be a number (got "${shown(String(value))}")`);
	}
	if (rules.integer && !Number.isInteger(number))
		throw invalid(node, field, itemIndex, 'must be a whole number');
	if (rules.min !== undefined && number < rules.min)
		throw invalid(node, field, itemIndex, `must be at least ${rules.min}`);
	if (rules.max !== undefined && number > rules.max)
		throw invalid(node, field, itemIndex, `must be at most ${rules.max}`);
	return number;
}
