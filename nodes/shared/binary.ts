import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { RETRY_POLICY } from './retry';
import { invalid } from './validation';

/** Reads an item's binary property, failing with the field and item named when it is missing. */
export async function readBinaryFile(
	ctx: IExecuteFunctions,
	itemIndex: number,
	property: string,
	label: string,
) {
	const binary = ctx.getInputData()[itemIndex]?.binary?.[property];
	if (!binary) {
		throw invalid(
			ctx.getNode(),
			label,
			itemIndex,
			`names no binary file: the input item has no binary field "${property}"`,
			'Pass a file into this node (for example from Read/Write Files from Disk or HTTP Request) and enter the name of its binary field.',
		);
	}
	const data = await ctx.helpers.getBinaryDataBuffer(itemIndex, property);
	return {
		data,
		fileName: binary.fileName ?? `file${binary.fileExtension ? `.${binary.fileExtension}` : ''}`,
		contentType: binary.mimeType || 'application/octet-stream',
	};
}

/**
 * Fetches a public file a user gave by URL, for a provider that only takes
 * uploads (RapidPro attaches only media it stores). A plain GET, never with
 * the credential (the URL is not the provider's); the size is capped by the
 * announced length and again by what arrives. Same shape as readBinaryFile.
 */
export async function downloadFile(
	ctx: IExecuteFunctions,
	itemIndex: number,
	url: string,
	label: string,
	maxBytes: number,
) {
	const fail = (problem: string) =>
		invalid(ctx.getNode(), label, itemIndex, problem, 'Pass the file as binary data instead.');
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		throw fail(`is not a URL: ${url}`);
	}
	if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
		throw fail('must be an http(s) URL');
	const response = (await ctx.helpers.httpRequest({
		method: 'GET',
		url: parsed.toString(),
		encoding: 'arraybuffer',
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		timeout: RETRY_POLICY.timeoutMs,
	})) as { statusCode: number; headers: IDataObject; body: ArrayBuffer | Buffer };
	if (response.statusCode < 200 || response.statusCode >= 300) {
		throw fail(`could not be downloaded: HTTP ${response.statusCode} from ${parsed.host}`);
	}
	const data = Buffer.from(response.body as ArrayBuffer);
	if (data.length > maxBytes) {
		throw fail(
			`is ${(data.length / 1_048_576).toFixed(1)} MB, over the ${Math.round(maxBytes / 1_048_576)} MB limit`,
		);
	}
	const type = String(response.headers['content-type'] ?? 'application/octet-stream')
		.split(';')[0]
		.trim();
	const last = decodeURIComponent(parsed.pathname.split('/').pop() ?? '');
	return { data, fileName: last || 'file', contentType: type || 'application/octet-stream' };
}
