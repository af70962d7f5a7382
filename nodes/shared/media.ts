import type {
	IBinaryKeyData,
	IDataObject,
	IHttpRequestOptions,
	INodeProperties,
	IWebhookFunctions,
} from 'n8n-workflow';

import type { Provider } from './provider';
import { credentialState } from './transport';

/**
 * One media item a delivery carries, in the same shape for every provider:
 * what a workflow reads whether or not the file itself is downloaded.
 */
export interface Attachment extends IDataObject {
	/** image, video, audio, document, sticker… (the provider's word, lower-cased). */
	type: string;
	mimeType: string | null;
	url: string;
	fileName: string | null;
	size: number | null;
}

export interface DownloadSettings {
	/** Files larger than this are not downloaded (the item says why). */
	maxBytes: number;
	timeoutMs: number;
}

export const DOWNLOAD_TIMEOUT_MS = 60_000;

/** The trigger options that turn downloading on, for each trigger's Options collection. */
export const downloadOptions: INodeProperties[] = [
	{
		displayName: 'Download Attachments',
		name: 'downloadAttachments',
		type: 'boolean',
		default: false,
		description:
			'Whether to download the media a delivery carries (image, voice note, document) into binary fields attachment_0, attachment_1, … for the next nodes; a failed download is described on the item, which still runs',
	},
	{
		displayName: 'Max File Size (MB)',
		name: 'maxFileSizeMb',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 25,
		displayOptions: { show: { downloadAttachments: [true] } },
		description: 'Larger attachments are not downloaded; the item keeps their URL',
	},
];

class TooLarge extends Error {}

type Body = NodeJS.ReadableStream & { destroy(error?: Error): void; resume(): void };

/**
 * Fails the download once more than `max` bytes went by: a second listener
 * counts the chunks the binary storage reads (no stream module: n8n does not
 * allow community nodes to import one). Paused at once, so no chunk flows
 * before the storage pipes it.
 */
function limitSize(body: Body, max: number): void {
	let seen = 0;
	body.on('data', (chunk: Buffer) => {
		seen += chunk.length;
		if (seen > max) body.destroy(new TooLarge(`larger than ${Math.round(max / 1_048_576)} MB`));
	});
	body.pause();
}

function header(headers: IDataObject, name: string): string | undefined {
	const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
	const value = key === undefined ? undefined : headers[key];
	return value === undefined || value === null
		? undefined
		: String(Array.isArray(value) ? value[0] : value);
}

function fileNameOf(attachment: Attachment, url: URL, index: number): string {
	if (attachment.fileName) return attachment.fileName;
	const last = decodeURIComponent(url.pathname.split('/').pop() ?? '');
	return last && /\.[a-z0-9]{1,8}$/i.test(last) ? last : `attachment_${index}`;
}

/**
 * Downloads a delivery's attachments into binary fields `attachment_0`, … of
 * one output item, streamed into n8n's binary storage (so a large file goes
 * to disk or S3 in those modes, not into memory). A URL on the provider's own
 * host is fetched with the credential; `publicHost` decides which other hosts
 * (a provider's documented CDN) are fetched, without it; any other is
 * refused. A failure never loses the delivery: it is returned, described.
 */
export async function downloadAttachments(
	ctx: IWebhookFunctions,
	provider: Provider,
	attachments: Attachment[],
	settings: DownloadSettings,
	publicHost: (url: URL) => boolean,
): Promise<{ binary: IBinaryKeyData; failures: IDataObject[] }> {
	const binary: IBinaryKeyData = {};
	const failures: IDataObject[] = [];
	let origin: string | undefined;
	for (const [index, attachment] of attachments.entries()) {
		const key = `attachment_${index}`;
		try {
			const url = new URL(attachment.url);
			if (url.protocol !== 'https:' && url.protocol !== 'http:')
				throw new Error('not an http(s) URL');
			if (attachment.size !== null && attachment.size > settings.maxBytes) {
				throw new TooLarge(`${attachment.size} bytes, over Max File Size`);
			}
			origin ??= new URL((await credentialState(ctx, provider)).baseUrl).origin;
			const own = url.origin === origin;
			if (!own && !publicHost(url)) {
				throw new Error(`${url.host} is not ${provider.displayName}'s host, so it was not fetched`);
			}
			const options: IHttpRequestOptions = {
				method: 'GET',
				url: url.toString(),
				encoding: 'stream',
				returnFullResponse: true,
				ignoreHttpStatusErrors: true,
				timeout: settings.timeoutMs,
			};
			const response = (
				own
					? await ctx.helpers.httpRequestWithAuthentication.call(
							ctx,
							provider.credentialType,
							options,
						)
					: await ctx.helpers.httpRequest(options)
			) as { statusCode: number; headers: IDataObject; body: Body };
			if (response.statusCode < 200 || response.statusCode >= 300) {
				response.body.resume();
				throw new Error(`HTTP ${response.statusCode}`);
			}
			const length = Number(header(response.headers, 'content-length'));
			if (Number.isFinite(length) && length > settings.maxBytes) {
				response.body.destroy();
				throw new TooLarge(`${length} bytes, over Max File Size`);
			}
			const mimeType =
				attachment.mimeType ?? header(response.headers, 'content-type')?.split(';')[0] ?? undefined;
			limitSize(response.body, settings.maxBytes);
			binary[key] = await ctx.helpers.prepareBinaryData(
				response.body as unknown as Parameters<typeof ctx.helpers.prepareBinaryData>[0],
				fileNameOf(attachment, url, index),
				mimeType,
			);
		} catch (error) {
			failures.push({
				attachment: key,
				url: attachment.url,
				reason:
					error instanceof TooLarge
						? `too large: ${error.message}`
						: String((error as Error).message ?? error),
			});
		}
	}
	return { binary, failures };
}
