import type { IDataObject } from 'n8n-workflow';

import { locatorKey } from '../../readers';
import type { OperationDef } from '../../../shared/definitions';
import { channelField } from '../../descriptions';
import { unwrap } from '../../provider';
import { FILE_SOURCES, uploadedFileId } from '../file/common';
import { broadcastIdField, broadcastPath } from './common';

/**
 * POST /{channelId}/broadcasts/{broadcastId}/start (MindCloud start-broadcast.md),
 * with an optional `mediaId`: a file uploaded to Heyy (for a template's media header).
 */
export const start: OperationDef = {
	value: 'start',
	name: 'Start',
	action: 'Start a broadcast',
	description: 'Start sending a broadcast to its recipients (add them first with Add Recipients)',
	properties: [
		{
			displayName:
				'Add the recipients first with Broadcast → Add Recipients: a broadcast started without them sends nothing',
			name: 'recipientsNotice',
			type: 'notice',
			default: '',
		},
		channelField,
		broadcastIdField,
		{
			displayName: 'Media',
			name: 'fileSource',
			type: 'options',
			options: [{ name: 'None', value: 'none' }, ...FILE_SOURCES],
			default: 'none',
			description:
				"The image, video or document the broadcast's template header shows, if it has one",
		},
		{
			displayName: 'Input Binary Field',
			name: 'binaryPropertyName',
			type: 'string',
			required: true,
			default: 'data',
			hint: 'The name of the input binary field containing the file',
			description:
				'File name and MIME type are taken from the binary data. WhatsApp takes images up to 5 MB, videos up to 16 MB and documents up to 100 MB.',
			displayOptions: { show: { fileSource: ['binary'] } },
		},
		{
			displayName: 'File ID',
			name: 'fileId',
			type: 'string',
			required: true,
			default: '',
			description: 'The ID File › Upload returned',
			displayOptions: { show: { fileSource: ['fileId'] } },
		},
	],
	// Writes to the same broadcast go out one after the other, in item order, even in parallel.
	recipient: (op) => locatorKey(op.params.raw('broadcastId', '')),
	run: async (op) => {
		const p = op.params;
		const path = `${broadcastPath(p)}/start`;
		const body: IDataObject = {};
		const source = p.readText('fileSource', { oneOf: ['none', 'binary', 'fileId'] }) || 'none';
		if (source === 'fileId')
			body.mediaId = p.readText('fileId', { required: true, maxLength: 200 });
		// Everything is checked before the upload, so an invalid item sends nothing.
		if (source === 'binary')
			body.mediaId = await uploadedFileId(op, p.readText('binaryPropertyName', { required: true }));
		return unwrap(await op.request({ method: 'POST', path, body }));
	},
};
