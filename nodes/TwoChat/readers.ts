import type { IDataObject } from 'n8n-workflow';

import type { Params } from '../shared/params';
import type { FieldRules } from '../shared/validation';

/**
 * A phone number for a URL path, written the way 2Chat's docs and its own n8n
 * node write it: E.164 with a literal `+` (`/check-number/+595…/+1713…`,
 * developers.2chat.co/docs/API/WhatsApp/check-number; 2ChatCo/2chat-n8n
 * nodes/TwoChat/v1/actions/phoneNumber/check/execute.ts). Validated to `+`
 * and digits only, so it cannot leave its path segment unencoded.
 */
export function phoneInPath(p: Params, name: string): string {
	return phone(p, name);
}

/** The value of a Resource Locator (or of a plain parameter holding the same text). */
export function locatorValue(p: Params, name: string): unknown {
	const raw = p.raw(name, '');
	return raw !== null && typeof raw === 'object' && !Array.isArray(raw)
		? (raw as IDataObject).value
		: raw;
}

/** A required E.164 number from a text parameter or a Resource Locator, compacted (`+` and digits only). */
export function phone(p: Params, name: string): string {
	return p.checkText(name, locatorValue(p, name), { required: true, phone: true });
}

/** A required id from a text parameter or a Resource Locator, unencoded (for bodies and query strings). */
export function idValue(p: Params, name: string): string {
	return p.checkText(name, locatorValue(p, name), { required: true, maxLength: 200 });
}

/**
 * A map coordinate as 2Chat documents it: a decimal in a JSON string
 * (`"latitude": "-25.7752926"`, developers.2chat.co/docs/API/WhatsApp/send-message;
 * 2ChatCo/agent-skills skills/2chat-whatsapp/SKILL.md; 2Chat's own node takes
 * both as string fields). The text the user typed is kept, so no precision is lost.
 */
export function coordinate(p: Params, name: string, limit: number): string {
	const raw = p.raw(name, '');
	const text = typeof raw === 'number' ? String(raw) : p.readText(name, { required: true });
	p.checkText(name, text, {
		pattern: { regex: /^-?\d+(\.\d+)?$/, hint: 'must be a decimal number, like -25.7752926' },
	});
	p.readNumber(name, { required: true, min: -limit, max: limit });
	return text;
}

/** Location pin: coordinates as strings, optional name, address and URL. */
export function readPin(p: Params): IDataObject {
	const details = p.collection('locationDetails');
	const pin: IDataObject = {
		latitude: coordinate(p, 'latitude', 90),
		longitude: coordinate(p, 'longitude', 180),
	};
	for (const key of ['name', 'address'] as const) {
		const value = p.checkText(key, details[key]);
		if (value) pin[key] = value;
	}
	const url = p.checkText('url', details.url, { url: true });
	if (url) pin.url = url;
	return pin;
}

/** 2Chat contact detail types and how each value is checked. */
const DETAIL_RULES: Record<string, FieldRules> = {
	WAPH: { phone: true },
	PH: { phone: true },
	E: { email: true },
	A: { maxLength: 500 },
};

/** Reads the Contact Details entries, checking each value by its type. */
export function readDetails(p: Params): IDataObject[] {
	return p.entries('contactDetails', 'detail').map((entry) => {
		const type = p.checkText('type', entry.type, {
			required: true,
			oneOf: Object.keys(DETAIL_RULES),
		});
		return {
			type,
			value: p.checkText('value', entry.value, { required: true, ...DETAIL_RULES[type] }),
		};
	});
}

/** Copies the optional name fields of a collection into a 2Chat body. */
export function readOptional(p: Params, fields: IDataObject, body: IDataObject): void {
	if (fields.first_name !== undefined)
		body.first_name = p.checkText('first_name', fields.first_name, { required: true });
	if (fields.last_name !== undefined) body.last_name = p.checkText('last_name', fields.last_name);
	if (fields.profile_pic_url)
		body.profile_pic_url = p.checkText('profile_pic_url', fields.profile_pic_url, { url: true });
	if (fields.channel_uuid) body.channel_uuid = p.checkText('channel_uuid', fields.channel_uuid);
}
