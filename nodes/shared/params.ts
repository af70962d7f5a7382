import type {
	IDataObject,
	IExecuteFunctions,
	INode,
	INodeProperties,
	NodeOperationError,
} from 'n8n-workflow';

import { pathSegment } from './path';
import type { FieldRules, NumberRules } from './validation';
import {
	checkBoolean,
	checkDate,
	checkNumber,
	checkText,
	invalid,
	itemError,
	shown,
} from './validation';

/** Display names by parameter name, nested collection options included. */
export function labelsOf(properties: INodeProperties[]): Record<string, string> {
	const labels: Record<string, string> = {};
	const visit = (
		list: Array<{ name: string; displayName?: string; values?: unknown; options?: unknown }>,
	) => {
		for (const property of list) {
			if (property.displayName && !labels[property.name])
				labels[property.name] = property.displayName;
			if (Array.isArray(property.values)) visit(property.values as INodeProperties[]);
			if (Array.isArray(property.options)) {
				visit(
					(property.options as Array<Record<string, unknown>>).filter(
						(o) => typeof o.name === 'string' && ('type' in o || 'values' in o),
					) as unknown as INodeProperties[],
				);
			}
		}
	};
	visit(properties);
	return labels;
}

/** A Resource Locator's value (`{ __rl, mode, value }`), or a plain value as given (from a collection, a list). */
export function locatorValue(value: unknown): unknown {
	return typeof value === 'object' && value !== null ? (value as IDataObject).value : value;
}

/** Stands for "not set on the node" (a plain string passes n8n's parameter resolution unchanged). */
const MISSING = '\u0000not-set';

/**
 * Reads one item's parameters and validates them before any request is built.
 * Every failure names the field (by its display name) and the item.
 *
 * `read…(name)` reads the node parameter `name`; `check…(name, value)` checks a
 * value already in hand (from a collection, a list entry) as the field `name`.
 */
export class Params {
	constructor(
		private readonly ctx: IExecuteFunctions,
		readonly itemIndex: number,
		private readonly labels: Record<string, string>,
	) {}

	get node(): INode {
		return this.ctx.getNode();
	}

	label(name: string): string {
		return this.labels[name] ?? name;
	}

	// Each read of an expression parameter costs an evaluation in n8n's sandbox (about 1 ms in
	// n8n 2.41): a parameter is read once per item, however many readers ask for it.
	private readonly values = new Map<string, unknown>();

	raw(name: string, fallback?: unknown): unknown {
		if (!this.values.has(name))
			this.values.set(name, this.ctx.getNodeParameter(name, this.itemIndex, MISSING));
		const value = this.values.get(name);
		if (value !== MISSING) return value;
		// Absent from the node: n8n's own answer (the fallback, or its "Could not get parameter").
		return fallback === undefined ? this.ctx.getNodeParameter(name, this.itemIndex) : fallback;
	}

	/** Text parameter; '' when empty and not required. */
	readText(name: string, rules: FieldRules = {}): string {
		return this.checkText(name, this.raw(name, ''), rules);
	}

	/** Text parameter, or undefined when empty (so it is left out of a body). */
	readOptionalText(name: string, rules: FieldRules = {}): string | undefined {
		return this.readText(name, rules) || undefined;
	}

	readNumber(name: string, rules: NumberRules = {}): number | undefined {
		return this.checkNumber(name, this.raw(name, undefined), rules);
	}

	/** How many items a Get Many returns: undefined with "Return All", else its "Limit". */
	listLimit(): number | undefined {
		if (this.readBoolean('returnAll', false)) return undefined;
		return this.readNumber('limit', { required: true, min: 1, integer: true });
	}

	readBoolean(name: string, fallback = false): boolean {
		return this.checkBoolean(name, this.raw(name, fallback)) ?? fallback;
	}

	/** Checks a value as the text field `name`: trimmed, '' when empty and not required. */
	checkText(name: string, value: unknown, rules: FieldRules = {}): string {
		return checkText(this.node, this.label(name), this.itemIndex, value, rules);
	}

	checkNumber(name: string, value: unknown, rules: NumberRules = {}): number | undefined {
		return checkNumber(this.node, this.label(name), this.itemIndex, value, rules);
	}

	/** Checks a value as the yes/no field `name`; undefined when not set. */
	checkBoolean(name: string, value: unknown): boolean | undefined {
		return checkBoolean(this.node, this.label(name), this.itemIndex, value);
	}

	/**
	 * Checks a value as the date field `name`: ISO 8601 in UTC; undefined when not set.
	 * A date without a zone (what n8n's date picker gives) is read in the
	 * workflow's timezone, the same for every provider.
	 */
	checkDate(name: string, value: unknown): string | undefined {
		return checkDate(this.node, this.label(name), this.itemIndex, value, this.ctx.getTimezone());
	}

	/**
	 * The error for a bad value of the field `name`: `"<its label>" <problem> [item N]`,
	 * with `hint` (or the default hint) as the description.
	 */
	invalid(name: string, problem: string, hint?: string): NodeOperationError {
		return invalid(this.node, this.label(name), this.itemIndex, problem, hint);
	}

	/** An error about this item that is not one field's value: `<message> [item N]`. */
	fail(message: string, hint?: string): NodeOperationError {
		return itemError(this.node, this.itemIndex, message, hint);
	}

	/** An id for a URL path (a text or a Resource Locator), encoded so it cannot reach another endpoint. */
	id(name: string): string {
		return pathSegment(this.node, this.extracted(name), this.label(name), this.itemIndex);
	}

	/**
	 * A Resource Locator parameter's value, checked as text. n8n extracts it
	 * (`extractValue`): the id picked or typed, or what the "By URL" mode's
	 * pattern takes from a pasted link.
	 */
	locator(name: string, rules: FieldRules = {}): string {
		return this.checkText(name, this.extracted(name), rules);
	}

	private extracted(name: string): unknown {
		const key = `${name}\u0000extracted`;
		if (!this.values.has(key)) {
			let value: unknown;
			try {
				value = this.ctx.getNodeParameter(name, this.itemIndex, '', { extractValue: true });
			} catch {
				// An expression that fails throws again here, as n8n raised it.
				const raw = locatorValue(this.raw(name, ''));
				if (raw === '' || raw === undefined || raw === null) value = raw;
				else
					throw this.invalid(
						name,
						`is not a link this field accepts (got "${shown(String(raw))}")`,
						'Pick the record from the list, or give its ID.',
					);
			}
			this.values.set(key, value);
		}
		return this.values.get(key);
	}

	/** The error for a required field left empty. */
	required(name: string, hint?: string): Error {
		return this.invalid(name, 'is required', hint);
	}

	/**
	 * The error for a list over its limit, naming the count and the limit
	 * (`"Buttons" holds 4 buttons; WhatsApp shows at most 3`), not "is required".
	 */
	tooMany(name: string, count: number, noun: string, limit: string, hint?: string): Error {
		return this.invalid(name, `holds ${count} ${noun}; ${limit}`, hint);
	}

	/** Encodes an already validated value for a URL path (see path.ts). */
	segment(name: string, value: string): string {
		return pathSegment(this.node, value, this.label(name), this.itemIndex);
	}

	/** A collection or fixedCollection parameter as an object. */
	collection(name: string): IDataObject {
		const value = this.raw(name, {});
		if (value === null || value === undefined || value === '') return {};
		if (typeof value !== 'object' || Array.isArray(value)) {
			throw this.invalid(name, 'must be an object');
		}
		return value as IDataObject;
	}

	/**
	 * A list parameter: an array from an expression, or text with one entry per
	 * line or comma (or `separators`). Entries are checked as text, empty ones
	 * dropped; more than `max` is an error.
	 */
	list(
		name: string,
		value: unknown = this.raw(name, ''),
		max = 100,
		separators: RegExp = /[\n,]/,
	): string[] {
		let entries: unknown[];
		if (value === undefined || value === null || value === '') entries = [];
		else if (Array.isArray(value)) entries = value;
		else if (typeof value === 'string') entries = value.split(separators);
		else entries = [value];
		const list = entries
			.map((entry) => this.checkText(name, entry))
			.filter((entry) => entry !== '');
		if (list.length > max) {
			throw this.invalid(name, `can hold at most ${max} entries (got ${list.length})`);
		}
		return list;
	}

	/**
	 * A JSON object given as a parameter (`name`) or as a value taken from a
	 * collection: an object, or text that parses to one; undefined when empty.
	 */
	jsonObject(name: string, value: unknown = this.raw(name, undefined)): IDataObject | undefined {
		if (value === undefined || value === null || value === '') return undefined;
		let parsed: unknown = value;
		if (typeof value === 'string') {
			try {
				parsed = JSON.parse(value);
			} catch {
				throw this.invalid(name, 'must be valid JSON');
			}
		}
		if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
			throw this.invalid(name, 'must be a JSON object, like {"key": "value"}');
		}
		return parsed as IDataObject;
	}

	/**
	 * The entries of one group of a fixedCollection (`{ group: [...] }`), each an
	 * object; [] when none. `from` is the collection when it sits inside another.
	 */
	entries(name: string, group: string, from?: IDataObject): IDataObject[] {
		const collection = from ? from[name] : this.raw(name, {});
		if (collection === undefined || collection === null || collection === '') return [];
		const list = (collection as IDataObject)[group];
		if (list === undefined || list === null) return [];
		const array = Array.isArray(list) ? list : [list];
		return array.map((entry) => {
			if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
				throw this.invalid(name, 'must be a list of entries');
			}
			return entry as IDataObject;
		});
	}
}
