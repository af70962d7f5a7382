import type { IDataObject } from 'n8n-workflow';

import { readBinaryFile } from '../../../shared/binary';
import { multipartBody } from '../../../shared/multipart';
import type { OperationContext } from '../../../shared/definitions';
import { createdRecord } from '../../provider';

/** `format` values of `POST /upload_file` (MindCloud apis/h/heyy/native-api/actions/upload-file.md). */
export const UPLOAD_FORMATS = ['IMAGE', 'VIDEO', 'DOCUMENT'] as const;
export type UploadFormat = (typeof UPLOAD_FORMATS)[number];

/** Where a file to send comes from: the input item's binary data, or a file already on Heyy. */
export const FILE_SOURCES = [
	{
		name: 'Input Binary Field',
		value: 'binary',
		description: 'A file of the input item, uploaded to Heyy first',
	},
	{
		name: 'Uploaded File ID',
		value: 'fileId',
		description: 'A file already uploaded to Heyy (File › Upload)',
	},
];

const MB = 1024 * 1024;

/**
 * Largest file WhatsApp delivers per kind (developers.facebook.com/docs/whatsapp/cloud-api/reference/media,
 * "Supported media types": images 5 MB, videos 16 MB, documents 100 MB). Heyy documents no limit of
 * its own, so a file WhatsApp would refuse is refused here, before the upload.
 */
export const MAX_BYTES: Record<UploadFormat, number> = {
	IMAGE: 5 * MB,
	VIDEO: 16 * MB,
	DOCUMENT: 100 * MB,
};

/** The upload format a MIME type calls for (a template header takes any of the three). */
export function formatOf(mimeType: string): UploadFormat {
	if (mimeType.startsWith('image/')) return 'IMAGE';
	if (mimeType.startsWith('video/')) return 'VIDEO';
	return 'DOCUMENT';
}

function megabytes(bytes: number): string {
	return `${(bytes / MB).toFixed(1)} MB`;
}

/**
 * Uploads an item's binary file to Heyy (`POST /upload_file`, multipart `file`
 * and `format`) and returns its file ID. File name and MIME type come from the
 * binary data; `format` is fixed by the message type, or read from the MIME type.
 */
export async function uploadBinary(
	op: OperationContext,
	property: string,
	format?: UploadFormat,
): Promise<IDataObject> {
	const field = 'binaryPropertyName';
	const file = await readBinaryFile(op.ctx, op.itemIndex, property, op.params.label(field));
	const kind = format ?? formatOf(file.contentType);
	if (file.data.length > MAX_BYTES[kind]) {
		throw op.params.invalid(
			field,
			`names a file of ${megabytes(file.data.length)} ("${file.fileName}"); WhatsApp takes ${kind.toLowerCase()} files up to ${megabytes(MAX_BYTES[kind])}`,
			'Send a smaller file, or compress it first.',
		);
	}
	const { body, contentType } = multipartBody({ format: kind }, [{ field: 'file', ...file }]);
	const response = await op.request({
		method: 'POST',
		path: '/upload_file',
		body,
		headers: { 'Content-Type': contentType },
	});
	// No source shows the upload's answer: the file's ID is read as `data.id`, or by the names a send
	// (`fileId`) and a broadcast start (`mediaId`) take it, also under `file` (guess).
	return createdRecord(response, ['file'], ['fileId', 'mediaId']);
}

/** Uploads the file and returns the ID a send carries as `fileId`. */
export async function uploadedFileId(
	op: OperationContext,
	property: string,
	format?: UploadFormat,
): Promise<string> {
	const file = await uploadBinary(op, property, format);
	if (typeof file.id !== 'string' && typeof file.id !== 'number')
		throw op.params.fail('Heyy returned no file ID for the upload');
	return String(file.id);
}
