import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { runSettings } from './dispatch/settings';
import { invalid } from './validation';

/** Reads an item's binary property, failing with the field and item named when it is missing. */
export async function readBinaryFile(
	ctx: IExecuteFunctions,
	itemIndex: number,
	property: string,
	label: string,
) {
	const files = ctx.getInputData()[itemIndex]?.binary;
	const binary = files?.[property];
	if (!binary) {
		const present = Object.keys(files ?? {});
		throw invalid(
			ctx.getNode(),
			label,
			itemIndex,
			`names no binary file: the input item has no binary field "${property}"`,
			present.length
				? `Its binary fields are ${present.map((name) => `"${name}"`).join(', ')}: enter one of them.`
				: 'The item has no binary data: pass a file into this node (for example from Read/Write Files from Disk or HTTP Request) and enter the name of its binary field.',
		);
	}
	const data = await ctx.helpers.getBinaryDataBuffer(itemIndex, property);
	return {
		data,
		fileName: binary.fileName ?? `file${binary.fileExtension ? `.${binary.fileExtension}` : ''}`,
		contentType: binary.mimeType || 'application/octet-stream',
	};
}

type DownloadBody = NodeJS.ReadableStream & { destroy(error?: Error): void; resume(): void };

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
		encoding: 'stream',
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		timeout: runSettings(ctx).timeoutMs,
	})) as { statusCode: number; headers: IDataObject; body: DownloadBody };
	const { body } = response;
	const limit = `the ${Math.round(maxBytes / 1_048_576)} MB limit`;
	const tooLarge = (bytes?: number) =>
		fail(
			bytes === undefined
				? `is larger than ${limit}`
				: `is ${(bytes / 1_048_576).toFixed(1)} MB, larger than ${limit}`,
		);
	if (response.statusCode < 200 || response.statusCode >= 300) {
		body.resume();
		throw fail(`could not be downloaded: HTTP ${response.statusCode} from ${parsed.host}`);
	}
	const announced = Number(response.headers['content-length']);
	if (Number.isFinite(announced) && announced > maxBytes) {
		body.destroy();
		throw tooLarge(announced);
	}
	// Read with a running count, so a file larger than announced (or not announced) stops at the limit.
	const data = await new Promise<Buffer>((resolve, reject) => {
		const chunks: Buffer[] = [];
		let seen = 0;
		body.on('data', (chunk: Buffer) => {
			seen += chunk.length;
			if (seen > maxBytes) {
				body.destroy();
				reject(tooLarge());
			} else chunks.push(chunk);
		});
		body.on('end', () => resolve(Buffer.concat(chunks)));
		body.on('error', (error: Error) => reject(fail(`could not be downloaded: ${error.message}`)));
	});
	const type = String(response.headers['content-type'] ?? 'application/octet-stream')
		.split(';')[0]
		.trim();
	const last = decodeURIComponent(parsed.pathname.split('/').pop() ?? '');
	return { data, fileName: last || 'file', contentType: type || 'application/octet-stream' };
}
