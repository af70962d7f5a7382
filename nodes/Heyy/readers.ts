import type { IDataObject } from 'n8n-workflow';

import type { Params } from '../shared/params';
import { locatorValue } from '../shared/params';

/**
 * Template or automation variables as Heyy's `variables: [{name, value}]`
 * (docs.heyy.io/api-reference/send-whatsapp-message), each with a name.
 */
export function readVariables(p: Params): IDataObject[] {
	return p.entries('variables', 'variable').map((entry) => ({
		name: p.checkText('name', entry.name, { required: true, maxLength: 200 }),
		value: entry.value === undefined || entry.value === null ? '' : String(entry.value),
	}));
}

/** Contact attribute values as `attributes: [{externalId, value}]` (Pipedream create-contact.mjs). */
export function readAttributes(p: Params): IDataObject[] {
	return p.entries('attributes', 'attribute').map((entry) => ({
		externalId: p.checkText('externalId', entry.externalId, { required: true }),
		value: entry.value === undefined || entry.value === null ? '' : String(entry.value),
	}));
}

/** Label names as Heyy's `labels: [{name}]` (Pipedream create-contact.mjs). */
export function readLabels(p: Params, value: unknown): IDataObject[] {
	return p.list('labels', value, Infinity, /,/).map((name) => ({ name }));
}

/** `order` (`ASC`/`DESC`) of a sortable Heyy list (Pipedream heyy.app.mjs). */
export function readSortOrder(p: Params, options: IDataObject, qs: IDataObject): void {
	if (options.order !== undefined)
		qs.order = p.checkText('order', options.order, { oneOf: ['ASC', 'DESC'] });
}

/** `scheduledAt` from the Options collection, as an ISO instant (a zone-less time is in the workflow's timezone). */
export function readScheduledAt(p: Params, body: IDataObject): void {
	const scheduledAt = p.checkDate('scheduledAt', p.collection('options').scheduledAt);
	if (scheduledAt) body.scheduledAt = scheduledAt;
}

/** The value of a Resource Locator that goes into a body (an id for a path goes through `p.id`). */
export function readLocator(p: Params, name: string): string {
	return p.locator(name, { required: true, maxLength: 200 });
}

/** Fields kept by Simplify, per kind of item. */
export const SIMPLE_FIELDS = {
	// Contact fields: MindCloud apis/h/heyy/native-api/actions/get-contact-by-id.md; Pipedream create-contact.mjs.
	contact: ['id', 'firstName', 'lastName', 'phoneNumber', 'email', 'labels', 'createdAt'],
	// Chat fields: docs.heyy.io/api-reference/get-chats.
	chat: [
		'id',
		'channelId',
		'contactId',
		'status',
		'isUnread',
		'assignedUserId',
		'assignedTeamId',
		'lastMessageAt',
	],
	// Template fields: guess (no source shows a whole template object).
	template: ['id', 'name', 'language', 'status', 'category'],
};

/**
 * A template's variables: the named fields of "Template Variables" (a resource
 * mapper), then the free name/value pairs, a pair replacing a field of the same name.
 */
export function readTemplateVariables(p: Params): IDataObject[] {
	const byName = new Map<string, string>();
	const mapped = p.raw('templateVariables', undefined);
	const values =
		mapped !== null && typeof mapped === 'object' ? (mapped as IDataObject).value : undefined;
	if (values !== null && typeof values === 'object' && !Array.isArray(values)) {
		for (const [name, value] of Object.entries(values as IDataObject)) {
			if (value === undefined || value === null) continue;
			byName.set(
				p.checkText('templateVariables', name, { required: true, maxLength: 200 }),
				String(value),
			);
		}
	}
	for (const entry of readVariables(p)) byName.set(String(entry.name), String(entry.value));
	return [...byName].map(([name, value]) => ({ name, value }));
}

/** Who an id-addressed write reaches (a Resource Locator's value, or the id as given). */
export function locatorKey(value: unknown): string | undefined {
	const raw = locatorValue(value);
	const text = typeof raw === 'string' || typeof raw === 'number' ? String(raw).trim() : '';
	return text || undefined;
}
