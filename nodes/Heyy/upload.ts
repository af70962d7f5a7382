import type { IDataObject } from 'n8n-workflow';

import { readBinaryFile } from '../shared/binary';
import { multipartBody } from '../shared/multipart';
import type { OperationContext } from '../shared/operation';
import { unwrap } from './provider';

export const UPLOAD_FORMATS = ['IMAGE', 'VIDEO', 'DOCUMENT'] as const;

/** Uploads an item's binary file to Heyy (`POST /upload_file`, multipart `file` and `format`). */
export async function uploadBinary(
	op: OperationContext,
	property: string,
	format: (typeof UPLOAD_FORMATS)[number],
): Promise<IDataObject> {
	const label = op.params.label('binaryPropertyName');
	const file = await readBinaryFile(op.ctx, op.itemIndex, property, label);
	const { body, contentType } = multipartBody({ format }, [{ field: 'file', ...file }]);
	const response = await op.request({
		method: 'POST',
		path: '/upload_file',
		body,
		headers: { 'Content-Type': contentType },
	});
	return unwrap(response);
}
