import type { IDataObject } from 'n8n-workflow';

import type { Attachment } from '../shared/webhook/media';
import { attachment } from '../shared/webhook/media';
import { isObject } from '../shared/objects';

/**
 * The media of a 2Chat delivery: a call's recording, or `message.media: {url, type, mime_type}`
 * (developers.2chat.co/docs/API/WhatsApp/webhooks/payload-examples).
 */
export function twoChatAttachments(body: IDataObject): Attachment[] {
	// A phone call's recording: `recording_url`, "All call recordings are mp3-encoded"
	// (developers.2chat.co/docs/API/Phone-Calls/webhooks/payload-examples).
	if (typeof body.recording_url === 'string' && body.recording_url.trim()) {
		return [attachment({ type: 'audio', mimeType: 'audio/mpeg', url: body.recording_url })];
	}
	const message = isObject(body.message) ? body.message : undefined;
	const media = isObject(message?.media) ? message.media : undefined;
	if (!media) return [];
	return [
		attachment({
			type: media.type,
			mimeType: media.mime_type,
			url: media.url,
			fileName: media.file_name ?? media.filename,
		}),
	];
}

/** 2Chat documents the media `url` in its payloads as where the file is: an https one is fetched, without the key. */
export const twoChatMediaHost = (url: URL) => url.protocol === 'https:';
