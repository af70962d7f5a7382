import type { IDataObject } from 'n8n-workflow';

import type { Params } from '../shared/params';
import { EMAIL, invalid, shown, toE164 } from '../shared/validation';

/** RapidPro's UUIDs (contacts, groups, flows, labels, media). */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const uuidRule = {
	regex: UUID,
	hint: 'must be a UUID like 6685e933-26e1-4363-a468-8f7268ab63a9',
};

const URN = /^([a-z][a-z0-9]*):(.+)$/i;

/**
 * Checks one URN and returns it normalised. The schemes Weni's contact article
 * names are checked by their rules: `tel:` an international number (+ and
 * country code), `whatsapp:` the same digits without `+`, `mailto:` an email,
 * `ext:` any identifier. Other RapidPro schemes (telegram, facebook…) need a path.
 */
/** The URN schemes RapidPro (and so Weni) knows; anything else is refused before sending. */
const URN_SCHEMES = new Set([
	'tel',
	'whatsapp',
	'mailto',
	'ext',
	'facebook',
	'instagram',
	'telegram',
	'twitter',
	'twitterid',
	'viber',
	'line',
	'discord',
	'slack',
	'teams',
	'vk',
	'wechat',
	'jiochat',
	'fcm',
	'freshchat',
	'rocketchat',
	'webchat',
	'weni',
]);

export function checkUrn(p: Params, name: string, value: unknown): string {
	const text = p.check(name, value, { required: true, maxLength: 255 });
	const match = URN.exec(text);
	const fail = (problem: string) =>
		invalid(p.node, p.label(name), p.itemIndex, `${problem} (got "${shown(text)}")`);
	if (!match) {
		throw fail(
			'must be a URN such as tel:+14155550123, whatsapp:14155550123, mailto:ana@example.com or ext:12345',
		);
	}
	const scheme = match[1].toLowerCase();
	const path = match[2].trim();
	switch (scheme) {
		case 'tel': {
			const phone = toE164(path);
			if (!phone)
				throw fail('must be a tel URN with an international number, like tel:+14155550123');
			return `tel:${phone}`;
		}
		case 'whatsapp': {
			const phone = toE164(path.startsWith('+') ? path : `+${path}`);
			if (!phone)
				throw fail(
					'must be a whatsapp URN with the country code and number, like whatsapp:5582999990000',
				);
			return `whatsapp:${phone.slice(1)}`;
		}
		case 'mailto':
			if (!EMAIL.test(path))
				throw fail('must be a mailto URN with an email address, like mailto:ana@example.com');
			return `mailto:${path}`;
		default:
			if (!URN_SCHEMES.has(scheme)) {
				throw fail(
					`has an unknown scheme "${shown(scheme)}"; use one of ${[...URN_SCHEMES].join(', ')}`,
				);
			}
			if (/\s/.test(path)) throw fail('must not contain spaces');
			return `${scheme}:${path}`;
	}
}

/** A contact given by UUID or by URN, as the contact endpoints accept it. */
export interface ContactRef {
	by: 'uuid' | 'urn';
	value: string;
}

export function checkContact(p: Params, name: string, value: unknown): ContactRef {
	const text = p.check(name, value, { required: true });
	if (UUID.test(text)) return { by: 'uuid', value: text.toLowerCase() };
	if (text.includes(':')) return { by: 'urn', value: checkUrn(p, name, text) };
	throw invalid(
		p.node,
		p.label(name),
		p.itemIndex,
		`must be a contact UUID or a URN such as tel:+14155550123 (got "${shown(text)}")`,
	);
}

/**
 * A list parameter: an array from an expression, or text with one entry per
 * line or comma. Empty entries are dropped; more than `max` is an error.
 */
export function listOf(p: Params, name: string, value: unknown, max = 100): string[] {
	let entries: unknown[];
	if (value === undefined || value === null || value === '') entries = [];
	else if (Array.isArray(value)) entries = value;
	else if (typeof value === 'string') entries = value.split(/[\n,]/);
	else entries = [value];
	const list = entries.map((entry) => p.check(name, entry)).filter((entry) => entry !== '');
	if (list.length > max) {
		throw invalid(
			p.node,
			p.label(name),
			p.itemIndex,
			`can hold at most ${max} entries (got ${list.length})`,
		);
	}
	return list;
}

/** Copies the `after` / `before` date filters of a collection into a query. */
export function addDateRange(p: Params, filters: IDataObject, qs: IDataObject): void {
	for (const key of ['after', 'before']) {
		const value = p.date(key, filters[key]);
		if (value) qs[key] = value;
	}
}

/** Attachments: media UUIDs uploaded to media.json, or `content-type:url` strings. */
function checkAttachment(p: Params, name: string, value: string): string {
	if (UUID.test(value) || /^[\w.+-]+\/[\w.+-]+:https?:\/\/\S+$/.test(value)) return value;
	throw invalid(
		p.node,
		p.label(name),
		p.itemIndex,
		`must be a media UUID (from media.json) or content-type:url, like image/jpeg:https://… (got "${shown(value)}")`,
	);
}

/** Quick replies as RapidPro takes them: `[{text}]`, each at most 64 characters. */
function quickReplies(p: Params, name: string, value: unknown): IDataObject[] {
	return listOf(p, name, value, 10).map((text) => ({
		text: p.check(name, text, { maxLength: 64 }),
	}));
}

/** Reads `messageContentFields` into a body: text and/or attachments, and quick replies. */
export function readMessageContent(p: Params, body: IDataObject): void {
	const text = p.string('text', { maxLength: 4096 });
	const options = p.collection('options');
	const attachments = listOf(p, 'attachments', options.attachments, 10).map((a) =>
		checkAttachment(p, 'attachments', a),
	);
	if (!text && attachments.length === 0)
		throw p.required('text', 'Enter a text, or add attachments under Options.');
	if (text) body.text = text;
	if (attachments.length) body.attachments = attachments;
	const replies = quickReplies(p, 'quickReplies', options.quickReplies);
	if (replies.length) body.quick_replies = replies;
}

/** Names of groups and labels: RapidPro's NameValidator (no quotes or backslashes, at most 64). */
export const nameRules = {
	required: true,
	maxLength: 64,
	pattern: { regex: /^[^"\\\0]+$/, hint: 'must not contain " or \\' },
};

/** Reads the Contacts, URNs and Groups parameters of a flow start or broadcast; one of them is needed. */
export function readRecipients(p: Params, body: IDataObject, hint: string): void {
	const contacts = listOf(p, 'contacts', p.raw('contacts', '')).map(
		(c) => checkContact(p, 'contacts', c).value,
	);
	const urns = listOf(p, 'urns', p.raw('urns', '')).map((u) => checkUrn(p, 'urns', u));
	const groups = listOf(p, 'groups', p.raw('groups', []));
	if (!contacts.length && !urns.length && !groups.length) throw p.required('contacts', hint);
	if (contacts.length) body.contacts = contacts;
	if (urns.length) body.urns = urns;
	if (groups.length) body.groups = groups;
}
