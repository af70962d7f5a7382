import type {
	IBinaryKeyData,
	IDataObject,
	IHttpRequestOptions,
	INodeExecutionData,
	INodeProperties,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';

import type { Provider } from '../provider';
import { credentialState } from '../transport';

/**
 * One media item a delivery carries, in the same shape for every provider:
 * what a workflow reads whether or not the file itself is downloaded.
 */
export interface Attachment extends IDataObject {
	/** image, video, audio, document, sticker… (the provider's word, lower-cased). */
	type: string;
	mimeType: string | null;
	/** null when the delivery names the media without a URL (a Heyy file id): it cannot be downloaded. */
	url: string | null;
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

type Body = NodeJS.ReadableStream & {
	destroy(error?: Error): void;
	resume(): void;
	/** Readable.prototype.map (Node 17.4+): a new stream of the mapped chunks; a throw fails it. */
	map(fn: (chunk: Buffer) => Buffer): Body;
};

/**
 * The body with a running byte count: past `max` the stream fails, so the
 * binary storage stops reading (no stream module: n8n does not allow
 * community nodes to import one, so Readable's own `map` does the counting).
 */
function limitSize(body: Body, max: number): Body {
	let seen = 0;
	return body.map((chunk) => {
		seen += chunk.length;
		if (seen > max) throw new TooLarge(`larger than ${Math.round(max / 1_048_576)} MB`);
		return chunk;
	});
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
			if (!attachment.url) throw new Error('the delivery gives no URL for it');
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
			binary[key] = await ctx.helpers.prepareBinaryData(
				limitSize(response.body, settings.maxBytes) as unknown as Parameters<
					typeof ctx.helpers.prepareBinaryData
				>[0],
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

/** What a MIME type says an attachment is, in the words every trigger uses. */
export function mediaKind(mimeType: string | null | undefined, given?: unknown): string {
	if (typeof given === 'string' && given.trim()) return given.trim().toLowerCase();
	const major = (mimeType ?? '').split('/')[0].toLowerCase();
	if (major === 'image' || major === 'audio' || major === 'video') return major;
	return mimeType ? 'document' : 'unknown';
}

/** One attachment in the shape every trigger outputs, from whatever fields a provider gave. */
export function attachment(fields: {
	type?: unknown;
	mimeType?: unknown;
	url?: unknown;
	fileName?: unknown;
	size?: unknown;
}): Attachment {
	const text = (value: unknown) =>
		typeof value === 'string' && value.trim() ? value.trim() : null;
	const mimeType = text(fields.mimeType);
	const size = Number(fields.size);
	return {
		type: mediaKind(mimeType, fields.type),
		mimeType,
		url: text(fields.url),
		fileName: text(fields.fileName),
		size: fields.size !== undefined && fields.size !== null && Number.isFinite(size) ? size : null,
	};
}

/**
 * The trigger's answer for a verified delivery whose item is `json` (with
 * `attachments` in the shared shape). Without attachments, or with "Download
 * Attachments" off, the item runs as it is and n8n answers the provider at
 * once. With downloads, the provider is answered first (a 20 MB voice note
 * must not outlast a sender's timeout: RapidPro gives up after 15 s), then the
 * files are fetched into binary fields; a failed download is described on the
 * item under `attachmentErrors`, and the item still runs.
 */
export async function deliverWithAttachments(
	ctx: IWebhookFunctions,
	provider: Provider,
	json: IDataObject,
	publicHost: (url: URL) => boolean,
): Promise<IWebhookResponseData> {
	const attachments = (Array.isArray(json.attachments) ? json.attachments : []) as Attachment[];
	// The option is read only when there is something to download: other deliveries cost no parameter read.
	if (!attachments.length || ctx.getNodeParameter('downloadAttachments', false) !== true) {
		return { workflowData: [[{ json }]] };
	}
	const response = ctx.getResponseObject();
	response.status(200).json({ message: 'Workflow was started' });
	return {
		noWebhookResponse: true,
		workflowData: [[await withDownloads(ctx, provider, json, publicHost)]],
	};
}

/**
 * The item for `json` with its attachments downloaded when "Download
 * Attachments" is on (the caller has answered the provider already).
 */
export async function withDownloads(
	ctx: IWebhookFunctions,
	provider: Provider,
	json: IDataObject,
	publicHost: (url: URL) => boolean,
): Promise<INodeExecutionData> {
	const attachments = (Array.isArray(json.attachments) ? json.attachments : []) as Attachment[];
	if (!attachments.length || ctx.getNodeParameter('downloadAttachments', false) !== true)
		return { json };
	const maxMb = Number(ctx.getNodeParameter('maxFileSizeMb', 25));
	const { binary, failures } = await downloadAttachments(
		ctx,
		provider,
		attachments,
		{
			maxBytes: (Number.isFinite(maxMb) && maxMb > 0 ? maxMb : 25) * 1_048_576,
			timeoutMs: DOWNLOAD_TIMEOUT_MS,
		},
		publicHost,
	);
	const item: INodeExecutionData = {
		json: failures.length ? { ...json, attachmentErrors: failures } : json,
	};
	if (Object.keys(binary).length) item.binary = binary;
	return item;
}
