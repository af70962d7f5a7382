import type { IDataObject } from 'n8n-workflow';

import type { Attachment } from '../shared/webhook/media';
import { attachment } from '../shared/webhook/media';
import { isObject } from '../shared/objects';

/**
 * The media of a resthook call: the contact's last input, `input.attachments`
 * in goflow's default webhook payload (nyaruka/goflow flows/actions
 * call_resthook.go, `flows.DefaultWebhookPayload`), each rendered as
 * `{content_type, url}`; a goflow Attachment is also written "content-type:url",
 * so both forms are read.
 */
export function weniAttachments(body: IDataObject): Attachment[] {
	const input = isObject(body.input) ? body.input : undefined;
	const list = Array.isArray(input?.attachments) ? input.attachments : [];
	return list.flatMap((entry): Attachment[] => {
		if (typeof entry === 'string') {
			const at = entry.indexOf(':');
			if (at <= 0) return [];
			return [attachment({ mimeType: entry.slice(0, at), url: entry.slice(at + 1) })];
		}
		if (!isObject(entry)) return [];
		return [attachment({ mimeType: entry.content_type, url: entry.url })];
	});
}

/**
 * RapidPro serves attachments from its media storage (an S3 bucket or CDN, not
 * the API host): an https URL in a verified delivery is fetched, without the token.
 */
export const weniMediaHost = (url: URL) => url.protocol === 'https:';
