import type { IDataObject } from 'n8n-workflow';

import type { Params } from '../shared/params';

/**
 * A phone number for a URL path, written the way 2Chat's docs and its own n8n
 * node write it: E.164 with a literal `+` (`/check-number/+595…/+1713…`,
 * developers.2chat.co/docs/API/WhatsApp/check-number; 2ChatCo/2chat-n8n
 * nodes/TwoChat/v1/actions/phoneNumber/check/execute.ts). Validated to `+`
 * and digits only, so it cannot leave its path segment unencoded.
 */
export function phoneInPath(p: Params, name: string): string {
	return p.string(name, { required: true, phone: true });
}

/**
 * A map coordinate as 2Chat documents it: a decimal in a JSON string
 * (`"latitude": "-25.7752926"`, developers.2chat.co/docs/API/WhatsApp/send-message;
 * 2ChatCo/agent-skills skills/2chat-whatsapp/SKILL.md; 2Chat's own node takes
 * both as string fields). The text the user typed is kept, so no precision is lost.
 */
export function coordinate(p: Params, name: string, limit: number): string {
	const raw = p.raw(name, '');
	const text = typeof raw === 'number' ? String(raw) : p.string(name, { required: true });
	p.number(name, { required: true, min: -limit, max: limit });
	return text.trim();
}

/** Location pin: coordinates as strings, optional name, address and URL. */
export function readPin(p: Params): IDataObject {
	const details = p.collection('locationDetails');
	const pin: IDataObject = {
		latitude: coordinate(p, 'latitude', 90),
		longitude: coordinate(p, 'longitude', 180),
	};
	for (const key of ['name', 'address'] as const) {
		const value = p.check(key, details[key]);
		if (value) pin[key] = value;
	}
	const url = p.check('url', details.url, { url: true });
	if (url) pin.url = url;
	return pin;
}
