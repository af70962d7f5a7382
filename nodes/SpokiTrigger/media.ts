import type { IDataObject } from 'n8n-workflow';

import type { Attachment } from '../shared/webhook/media';
import { attachment } from '../shared/webhook/media';
import { isObject } from '../shared/objects';

/**
 * The media of a Spoki delivery. Spoki documents no payload fields for media
 * (shared notes: "payload field names unverified"), so this reads the likely
 * places and is a guess: `data.media_url` / `media_url` with `media_type`, or
 * a `media: {url, type, mime_type}` object at the top or under `data`/`message`.
 */
export function spokiAttachments(body: IDataObject): Attachment[] {
	const places = [body, body.data, body.message].filter(isObject);
	for (const place of places) {
		const media = isObject(place.media) ? place.media : undefined;
		const url = media?.url ?? place.media_url;
		if (typeof url === 'string' && url) {
			return [
				attachment({
					type: media?.type ?? place.media_type,
					mimeType: media?.mime_type ?? place.mime_type,
					url,
					fileName: media?.filename ?? place.filename,
				}),
			];
		}
	}
	return [];
}

/** No media host is documented for Spoki: only its own API host is fetched (with the key). */
export const spokiMediaHost = () => false;
