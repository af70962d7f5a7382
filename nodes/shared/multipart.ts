import { randomBytes } from 'crypto';

/** One file part of a multipart/form-data body. */
export interface MultipartFile {
	/** Form field name, e.g. "file". */
	field: string;
	fileName: string;
	contentType: string;
	data: Buffer;
}

/** A ready-to-send multipart body and the Content-Type header that goes with it. */
export interface MultipartBody {
	body: Buffer;
	contentType: string;
}

/** Quotes a Content-Disposition parameter the way browsers do (WHATWG): `"`, CR and LF percent-encoded. */
function quoted(value: string): string {
	return `"${value.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}"`;
}

/**
 * Builds a multipart/form-data body as one Buffer, so an upload needs no
 * form-data package (community nodes may not depend on one) and goes through
 * the shared transport like any other request.
 */
export function multipartBody(
	fields: Record<string, string>,
	files: MultipartFile[],
): MultipartBody {
	const boundary = `----n8nFormBoundary${randomBytes(12).toString('hex')}`;
	const parts: Buffer[] = [];
	for (const [name, value] of Object.entries(fields)) {
		parts.push(
			Buffer.from(
				`--${boundary}\r\nContent-Disposition: form-data; name=${quoted(name)}\r\n\r\n${value}\r\n`,
				'utf8',
			),
		);
	}
	for (const file of files) {
		parts.push(
			Buffer.from(
				`--${boundary}\r\nContent-Disposition: form-data; name=${quoted(file.field)}; filename=${quoted(file.fileName)}\r\n` +
					`Content-Type: ${file.contentType.replace(/[\r\n]+/g, '')}\r\n\r\n`,
				'utf8',
			),
			file.data,
			Buffer.from('\r\n', 'utf8'),
		);
	}
	parts.push(Buffer.from(`--${boundary}--\r\n`, 'utf8'));
	return { body: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}
