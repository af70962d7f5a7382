import type { IDataObject } from 'n8n-workflow';

import type { OperationContext } from '../shared/definitions';
import type { Params } from '../shared/params';
import { locatorValue } from '../shared/params';
import { EMAIL, shown, toE164 } from '../shared/validation';
import type { Flavour } from './flavour';
import { FLAVOUR_NAMES, flavourOf, URN_SCHEMES } from './flavour';
import { endpoint } from './provider';

/** RapidPro's UUIDs (contacts, groups, flows, labels, media). */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const uuidRule = {
	regex: UUID,
	hint: 'must be a UUID like 6685e933-26e1-4363-a468-8f7268ab63a9',
};

const URN = /^([a-z][a-z0-9]*):(.+)$/i;

/** Schemes both servers know, checked by their own rules without asking which server this is. */
const COMMON_SCHEMES = new Set(['tel', 'whatsapp', 'mailto', 'ext']);

/** Every scheme either server knows: what can be checked before the server is known. */
const ANY_SCHEME = new Set([...URN_SCHEMES.flows, ...URN_SCHEMES.rapidpro]);

function schemeList(flavour?: Flavour): string {
	return [...(flavour ? URN_SCHEMES[flavour] : ANY_SCHEME)].join(', ');
}

/**
 * Checks one URN and returns it normalised: `tel:` an international number (+
 * and country code), `whatsapp:` the same digits without `+`, `mailto:` an
 * email, other schemes any path without spaces. With a flavour, the scheme
 * must be in that server's own list; without one, in either server's.
 */
export function checkUrn(
	p: Params,
	name: string,
	value: unknown,
	flavour?: Flavour,
	/** The scheme was picked in its own field: errors speak of the address only. */
	typed = false,
): string {
	const text = p.checkText(name, value, { required: true, maxLength: 255 });
	const match = URN.exec(text);
	const shownText = typed && match ? match[2] : text;
	const fail = (problem: string, hint?: string) =>
		p.invalid(name, `${problem} (got "${shown(shownText)}")`, hint);
	if (!match) {
		throw fail(
			'must be a URN such as tel:+14155550123, whatsapp:14155550123, mailto:ana@example.com or ext:12345',
			'A URN is a scheme, a colon and the address on that channel.',
		);
	}
	const scheme = match[1].toLowerCase();
	const path = match[2].trim();
	switch (scheme) {
		case 'tel': {
			const phone = toE164(path);
			if (!phone)
				throw fail(
					typed
						? 'must be an international phone number, like +14155550123'
						: 'must be a tel URN with an international number, like tel:+14155550123',
					'Start with + and the country code; 7 to 15 digits.',
				);
			return `tel:${phone}`;
		}
		case 'whatsapp': {
			// A number written with separators but no leading + is a local number (99999-0001):
			// its digits alone would read as a foreign one. Digits only, without +, is the URN's own form.
			if (!path.startsWith('+') && /[\s\-.()]/.test(path)) {
				throw fail(
					'must start with the country code',
					'Write it as +55 82 99999-0001, or as digits only with the country code first (5582999990001).',
				);
			}
			const phone = toE164(path.startsWith('+') ? path : `+${path}`);
			if (!phone)
				throw fail(
					typed
						? 'must be a WhatsApp number with the country code, like 5582999990000'
						: 'must be a whatsapp URN with the country code and number, like whatsapp:5582999990000',
					'The country code and number, digits only; a leading + is allowed.',
				);
			return `whatsapp:${phone.slice(1)}`;
		}
		case 'mailto':
			if (!EMAIL.test(path))
				throw fail(
					typed
						? 'must be an email address, like ana@example.com'
						: 'must be a mailto URN with an email address, like mailto:ana@example.com',
					'Like name@example.com.',
				);
			return `mailto:${path}`;
		default: {
			const known = flavour ? URN_SCHEMES[flavour].includes(scheme) : ANY_SCHEME.has(scheme);
			if (!known) {
				const server = flavour ? `${FLAVOUR_NAMES[flavour]} does not know` : 'has an unknown';
				throw fail(`${server} scheme "${shown(scheme)}"`, `Use one of ${schemeList(flavour)}.`);
			}
			if (/\s/.test(path))
				throw fail('must not contain spaces', 'Remove the spaces from the address.');
			return `${scheme}:${path}`;
		}
	}
}

/**
 * Checks already normalised URNs against the schemes of the server this
 * credential speaks to; asks which server that is only when a URN uses a
 * scheme outside tel, whatsapp, mailto and ext.
 */
export async function checkSchemes(
	op: OperationContext,
	name: string,
	urns: string[],
): Promise<void> {
	if (urns.every((urn) => COMMON_SCHEMES.has(urn.slice(0, urn.indexOf(':'))))) return;
	const flavour = await flavourOf(op.ctx);
	for (const urn of urns) checkUrn(op.params, name, urn, flavour);
}

/**
 * Who a write to the field `contact` reaches, for per-recipient order: its
 * UUID (lowercased) or its URN as sent, however the locator was filled in.
 * A contact given once by UUID and once by URN is not known to be one.
 */
export const contactKey = (p: Params): string =>
	checkContact(p, 'contact', p.raw('contact', '')).value;

/** A contact given by UUID or by URN, as the contact endpoints accept it. */
export interface ContactRef {
	by: 'uuid' | 'urn';
	value: string;
}

export function checkContact(p: Params, name: string, value: unknown): ContactRef {
	const text = refOf(p, name, value);
	if (UUID.test(text)) return { by: 'uuid', value: text.toLowerCase() };
	if (text.includes(':')) return { by: 'urn', value: checkUrn(p, name, text) };
	throw p.invalid(
		name,
		`must be a contact UUID or a URN such as tel:+14155550123 (got "${shown(text)}")`,
		'Pick the contact from the list, or give its UUID or one of its URNs.',
	);
}

/**
 * A contact filter (Resource Locator or text) as the UUID the list endpoints
 * filter by: messages, runs and tickets take `contact` as a UUID only
 * (MessagesEndpoint, RunsEndpoint, TicketsEndpoint in temba/api/v2/views.py of
 * weni-ai/flows), so a URN is looked up first (`contacts.json?urn=`,
 * ContactsEndpoint). undefined when empty.
 */
export async function contactFilterUuid(
	op: OperationContext,
	name: string,
	value: unknown,
): Promise<string | undefined> {
	if (!locatorText(value)) return undefined;
	const p = op.params;
	const contact = checkContact(p, name, value);
	if (contact.by === 'uuid') return contact.value;
	await checkSchemes(op, name, [contact.value]);
	const found = await op.request<IDataObject>({
		method: 'GET',
		path: endpoint('contacts'),
		qs: { urn: contact.value },
	});
	const first = Array.isArray(found.results) ? (found.results[0] as IDataObject) : undefined;
	if (!first || typeof first.uuid !== 'string') {
		throw p.invalid(
			name,
			`names no contact of this workspace (no contact has the URN ${contact.value})`,
			'Pick the contact from the list, or give its UUID.',
		);
	}
	return first.uuid.toLowerCase();
}

/** Copies the `after` / `before` date filters of a collection into a query (dates in the workflow's timezone). */
export function addDateRange(p: Params, filters: IDataObject, qs: IDataObject): void {
	for (const key of ['after', 'before']) {
		const value = p.checkDate(key, filters[key]);
		if (value) qs[key] = value;
	}
}

/** Names of groups and labels: RapidPro's NameValidator (no quotes or backslashes, at most 64). */
export const nameRules = {
	required: true,
	maxLength: 64,
	pattern: { regex: /^[^"\\\0]+$/, hint: 'must not contain " or \\' },
};

/**
 * A record picked with a Resource Locator (or given as text): its `{value}`,
 * and in "By URL" mode (or for any pasted record URL) the UUID inside it.
 */
export function refOf(p: Params, name: string, value: unknown = p.raw(name, '')): string {
	const text = p.checkText(name, locatorValue(value), { required: true, maxLength: 2048 });
	if (/^https?:\/\//i.test(text)) {
		const uuid = /\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(\/|$|\?)/i.exec(
			text,
		)?.[1];
		if (uuid) return uuid.toLowerCase();
	}
	return text;
}

/** The text of a Resource Locator (or of a plain value), '' when empty: for optional filters. */
export function locatorText(value: unknown): string {
	const raw = locatorValue(value);
	return raw === undefined || raw === null ? '' : String(raw).trim();
}

/** One UUID from a plain value or a Resource Locator; checked and lower-cased. */
export function uuidOf(p: Params, name: string): string {
	return p.checkText(name, refOf(p, name), { required: true, pattern: uuidRule }).toLowerCase();
}

/**
 * The Contacts, URNs and Groups of a start or broadcast (validated against
 * either server's URN schemes); at least one is needed. See recipientSchemes.
 */
export function readRecipients(p: Params, hint: string): IDataObject {
	const body: IDataObject = {};
	const contacts = p.list('contacts').map((c) => checkContact(p, 'contacts', c).value);
	const urns = p.list('urns').map((u) => checkUrn(p, 'urns', u));
	const groups = p.list('groups', p.raw('groups', []));
	if (!contacts.length && !urns.length && !groups.length) throw p.required('contacts', hint);
	if (contacts.length) body.contacts = contacts;
	if (urns.length) body.urns = urns;
	if (groups.length) body.groups = groups;
	return body;
}

/** Checks the URNs of readRecipients' body against the schemes of this credential's server. */
export async function recipientSchemes(op: OperationContext, body: IDataObject): Promise<void> {
	await checkSchemes(op, 'urns', (body.urns as string[] | undefined) ?? []);
	await checkSchemes(
		op,
		'contacts',
		((body.contacts as string[] | undefined) ?? []).filter((c) => !UUID.test(c)),
	);
}

/** The `uuid` filter into the query, checked and lower-cased as RapidPro stores UUIDs. */
export function uuidQuery(p: Params, filters: IDataObject, qs: IDataObject): void {
	if (filters.uuid)
		qs.uuid = p.checkText('uuid', filters.uuid, { pattern: uuidRule }).toLowerCase();
}
