import type { Attachment } from '../shared/webhook/media';
import { attachment } from '../shared/webhook/media';
import { isObject } from '../shared/objects';

/**
 * The media of a Heyy message: `content.attachments: [{id, type}]`
 * (docs.heyy.io webhook-object-model). The documented entry has no URL; the
 * URL, name, type and size fields read here are the names of Heyy's file
 * object (`{id, name, url, fileUrl, contentType, size}`, the upload answer):
 * a guess that a delivery's attachment carries them. Without a URL, the
 * attachment is listed but cannot be downloaded (said on the item).
 */
export function heyyAttachments(list: unknown): Attachment[] {
	return (Array.isArray(list) ? list : []).filter(isObject).map((entry) =>
		attachment({
			type: entry.type,
			mimeType: entry.contentType ?? entry.mimeType,
			url: entry.fileUrl ?? entry.url,
			fileName: entry.name ?? entry.fileName,
			size: entry.size,
		}),
	);
}

/** Heyy's file URLs are on its storage, not the API host (guess): an https one is fetched, without the key. */
export const heyyMediaHost = (url: URL) => url.protocol === 'https:';
