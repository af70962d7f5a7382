import type { OperationDef } from '../../../shared/operation';
import { UPLOAD_FORMATS, uploadBinary } from './common';

export const upload: OperationDef = {
	value: 'upload',
	name: 'Upload',
	action: 'Upload a file',
	description: 'Upload a binary file to Heyy; its ID can then be sent in messages',
	properties: [
		{
			displayName: 'Input Binary Field',
			name: 'binaryPropertyName',
			type: 'string',
			required: true,
			default: 'data',
			hint: 'The name of the input binary field containing the file to upload',
		},
		{
			displayName: 'Format',
			name: 'format',
			type: 'options',
			options: [
				{ name: 'Document', value: 'DOCUMENT' },
				{ name: 'Image', value: 'IMAGE' },
				{ name: 'Video', value: 'VIDEO' },
			],
			default: 'IMAGE',
		},
	],
	run: async (op) => {
		const p = op.params;
		const property = p.string('binaryPropertyName', { required: true });
		const format = p.string('format', {
			required: true,
			oneOf: UPLOAD_FORMATS,
		}) as (typeof UPLOAD_FORMATS)[number];
		return await uploadBinary(op, property, format);
	},
};
