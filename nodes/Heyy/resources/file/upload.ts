import type { OperationDef } from '../../../shared/definitions';
import type { UploadFormat } from './common';
import { UPLOAD_FORMATS, uploadBinary } from './common';

/** POST /upload_file, multipart `file` and `format` (MindCloud apis/h/heyy/native-api/actions/upload-file.md). */
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
			description:
				'File name and MIME type are taken from the binary data. WhatsApp takes images up to 5 MB, videos up to 16 MB and documents up to 100 MB.',
		},
		{
			displayName: 'Format',
			name: 'format',
			type: 'options',
			options: [
				{
					name: 'From MIME Type',
					value: 'auto',
					description: 'Image or video by its MIME type, else document',
				},
				{ name: 'Document', value: 'DOCUMENT' },
				{ name: 'Image', value: 'IMAGE' },
				{ name: 'Video', value: 'VIDEO' },
			],
			default: 'auto',
		},
	],
	run: async (op) => {
		const p = op.params;
		const property = p.readText('binaryPropertyName', { required: true });
		const format = p.readText('format', { oneOf: ['auto', ...UPLOAD_FORMATS] }) || 'auto';
		return await uploadBinary(
			op,
			property,
			format === 'auto' ? undefined : (format as UploadFormat),
		);
	},
};
