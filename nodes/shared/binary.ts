import type { IExecuteFunctions } from 'n8n-workflow';

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
