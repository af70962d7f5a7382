import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { Params } from '../shared/params';
import { invalid } from '../shared/validation';

/** A Heyy channel (a connected WhatsApp number, Instagram account, ...). */
export const channelField: INodeProperties = {
	displayName: 'Channel Name or ID',
	name: 'channelId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getChannels' },
	required: true,
	default: '',
	description:
		'The Heyy channel to use. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

export const contactIdField: INodeProperties = {
	displayName: 'Contact ID',
	name: 'contactId',
	type: 'string',
	required: true,
	default: '',
	description: 'The contact ID, as returned by Create or List',
};

export const phoneNumberField: INodeProperties = {
	displayName: 'Phone Number',
	name: 'phoneNumber',
	type: 'string',
	required: true,
	default: '',
	placeholder: '+14155550123',
	description: 'In international format, with + and the country code',
};

/** A contact attribute, valued by its external ID (what contact bodies carry). */
export const attributeField: INodeProperties = {
	displayName: 'Attribute Name or ID',
	name: 'externalId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getAttributes' },
	required: true,
	default: '',
	description:
		'The custom attribute, by its external ID. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

/** Label names for a contact (Heyy assigns labels by name). */
export const labelNamesField: INodeProperties = {
	displayName: 'Label Names or IDs',
	name: 'labels',
	type: 'multiOptions',
	typeOptions: { loadOptionsMethod: 'getLabelNames' },
	default: [],
	description:
		'Labels to assign, by name. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

/** Attribute values for a contact: `attributes: [{externalId, value}]`. */
export const contactAttributesField: INodeProperties = {
	displayName: 'Attributes',
	name: 'attributes',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Attribute',
	default: {},
	options: [
		{
			displayName: 'Attribute',
			name: 'attribute',
			values: [
				{ ...attributeField, required: false },
				{ displayName: 'Value', name: 'value', type: 'string', default: '' },
			],
		},
	],
};

/** Template or automation variables: `variables: [{name, value}]`. */
export function variablesField(description: string): INodeProperties {
	return {
		displayName: 'Variables',
		name: 'variables',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Variable',
		default: {},
		description,
		options: [
			{
				displayName: 'Variable',
				name: 'variable',
				values: [
					{ displayName: 'Name', name: 'name', type: 'string', default: '' },
					{ displayName: 'Value', name: 'value', type: 'string', default: '' },
				],
			},
		],
	};
}

export const scheduledAtField: INodeProperties = {
	displayName: 'Scheduled At',
	name: 'scheduledAt',
	type: 'dateTime',
	default: '',
	description:
		"When Heyy should send it; leave empty to send now. A time without a timezone is read in the workflow's timezone.",
};

/** Reads `variables` as `[{name, value}]`, each with a name. */
export function readVariables(p: Params): IDataObject[] {
	const entries = (p.collection('variables').variable ?? []) as IDataObject[];
	return entries.map((entry) => ({
		name: p.check('name', entry.name, { required: true, maxLength: 200 }),
		value: entry.value === undefined || entry.value === null ? '' : String(entry.value),
	}));
}

/** Reads `attributes` as `[{externalId, value}]`. */
export function readAttributes(p: Params): IDataObject[] {
	const entries = (p.collection('attributes').attribute ?? []) as IDataObject[];
	return entries.map((entry) => ({
		externalId: p.check('externalId', entry.externalId, { required: true }),
		value: entry.value === undefined || entry.value === null ? '' : String(entry.value),
	}));
}

/** Label names as Heyy's `labels: [{name}]`. */
export function readLabels(p: Params, value: unknown): IDataObject[] {
	const list = Array.isArray(value) ? value : typeof value === 'string' && value ? value.split(',') : [];
	return list.map((name) => ({ name: p.check('labels', name, { required: true }) }));
}

/** Offset (ms) of a timezone from UTC at an instant. */
function zoneOffset(zone: string, at: number): number {
	const parts = new Intl.DateTimeFormat('en-US', {
		timeZone: zone,
		hourCycle: 'h23',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		second: '2-digit',
	}).formatToParts(new Date(at));
	const get = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? 0);
	const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
	return wall - Math.floor(at / 1000) * 1000;
}

const NAIVE = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?))?$/;

/**
 * A date/time parameter as an ISO 8601 instant. Text without a timezone
 * (what n8n's date picker gives) is read in the workflow's timezone.
 */
export function readInstant(p: Params, name: string, value: unknown, timezone: string): string | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	if (value instanceof Date) {
		if (!Number.isNaN(value.getTime())) return value.toISOString();
	} else if (typeof value === 'object' && typeof (value as { toISO?: unknown }).toISO === 'function') {
		const iso = (value as { toISO: () => string | null }).toISO();
		if (iso) return new Date(iso).toISOString();
	} else if (typeof value === 'string' || typeof value === 'number') {
		const text = String(value).trim();
		const naive = NAIVE.exec(text);
		if (naive) {
			const asUtc = Date.parse(`${naive[1]}T${naive[2] ?? '00:00'}Z`);
			if (!Number.isNaN(asUtc)) {
				let instant = asUtc - zoneOffset(timezone, asUtc);
				instant = asUtc - zoneOffset(timezone, instant);
				return new Date(instant).toISOString();
			}
		} else {
			const parsed = typeof value === 'number' ? value : Date.parse(text);
			if (!Number.isNaN(parsed)) return new Date(parsed).toISOString();
		}
	}
	throw invalid(p.node, p.label(name), p.itemIndex, 'must be a date and time, like 2026-01-31T09:30:00');
}

/** Ascending or descending, for Heyy lists that take `order`. */
export const sortOrderField: INodeProperties = {
	displayName: 'Sort Order',
	name: 'order',
	type: 'options',
	options: [
		{ name: 'Ascending', value: 'ASC' },
		{ name: 'Descending', value: 'DESC' },
	],
	default: 'DESC',
};

export function readSortOrder(p: Params, options: IDataObject, qs: IDataObject): void {
	if (options.order !== undefined) qs.order = p.check('order', options.order, { oneOf: ['ASC', 'DESC'] });
}
