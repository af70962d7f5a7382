import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { multipartBody } from '../shared/multipart';
import type { OperationContext } from '../shared/operation';
import { invalid } from '../shared/validation';
import { unwrap } from './provider';

export const UPLOAD_FORMATS = ['IMAGE', 'VIDEO', 'DOCUMENT'] as const;

/** Reads an item's binary property, failing with the field and item named when it is missing. */
async function binaryFile(ctx: IExecuteFunctions, itemIndex: number, property: string, label: string) {
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

/** Uploads an item's binary file to Heyy (`POST /upload_file`, multipart `file` and `format`). */
export async function uploadBinary(
	op: OperationContext,
	property: string,
	format: (typeof UPLOAD_FORMATS)[number],
): Promise<IDataObject> {
	const label = op.params.label('binaryPropertyName');
	const file = await binaryFile(op.ctx, op.itemIndex, property, label);
	const { body, contentType } = multipartBody({ format }, [{ field: 'file', ...file }]);
	const response = await op.request({
		method: 'POST',
		path: '/upload_file',
		body,
		headers: { 'Content-Type': contentType },
	});
	return unwrap(response);
}
