import type { IDataObject } from 'n8n-workflow';

import type { OperationDef } from '../../../shared/definitions';
import { templateField, toNumberField, wabaNumberField } from '../../descriptions';
import { idValue } from '../../readers';
import { sendWaba, toNumberRecipient, wabaParties } from './common';
import { templateVariablesField } from '../../../shared/descriptions';

/**
 * POST /waba/send-message with `template_uuid` and `params` (required, `{}` when the template has no
 * variables): `params.body` fills {{1}}, {{2}}, … of the body; `params.header` the placeholders of a
 * TEXT header; `params.header_media_url` (and `header_media_filename`) the file of an IMAGE, VIDEO or
 * DOCUMENT header (developers.2chat.co/docs/API/WhatsApp/WABA/send-message). `params.buttons` is
 * documented only as "button payloads" with no shape, so it is not offered.
 */
export const sendTemplate: OperationDef = {
	value: 'sendTemplate',
	name: 'Send Template',
	action: 'Send a WhatsApp Business template message',
	description:
		'Send an approved template, e.g. to start a conversation or after the 24-hour window',
	properties: [
		wabaNumberField,
		templateField,
		toNumberField(),
		templateVariablesField(
			'variables',
			['wabaNumber.value', 'template.value'],
			'This template has no variables',
			"Values for the template's placeholders, one field per placeholder",
		),
		{
			displayName: 'Header',
			name: 'header',
			type: 'collection',
			placeholder: 'Add Header Value',
			default: {},
			options: [
				{
					displayName: 'File Name',
					name: 'mediaFilename',
					type: 'string',
					default: '',
					placeholder: 'invoice.pdf',
					description: 'For a DOCUMENT header: the file name shown to the recipient',
				},
				{
					displayName: 'Media URL',
					name: 'mediaUrl',
					type: 'string',
					default: '',
					placeholder: 'https://example.com/invoice.pdf',
					description:
						'For an IMAGE, VIDEO or DOCUMENT header: a public http(s) URL 2Chat downloads the file from (2Chat has no upload endpoint)',
				},
				{
					displayName: 'Text Header Values',
					name: 'values',
					type: 'string',
					default: '',
					placeholder: 'Spring sale',
					description:
						'For a TEXT header with placeholders: its values in order, separated by commas',
				},
			],
		},
	],
	recipient: toNumberRecipient,
	run: async (op) => {
		const p = op.params;
		const body: IDataObject = {
			...wabaParties(p),
			template_uuid: idValue(p, 'template'),
		};
		const params: IDataObject = { body: readVariables(op.params) };
		const header = p.collection('header');
		const values = p.checkText('values', header.values, { maxLength: 1024 });
		if (values) params.header = values.split(',').map((v) => v.trim());
		const mediaUrl = p.checkText('mediaUrl', header.mediaUrl, { url: true });
		if (mediaUrl) params.header_media_url = mediaUrl;
		const fileName = p.checkText('mediaFilename', header.mediaFilename, { maxLength: 240 });
		if (fileName) params.header_media_filename = fileName;
		body.params = params;
		return await sendWaba(op, body);
	},
};

/**
 * The Template Variables mapper as `params.body`: its fields in the order the editor loaded them
 * (the template's placeholders, {{1}} first); a required one left empty is refused before sending.
 */
function readVariables(p: OperationContextParams): string[] {
	const raw = p.raw('variables', {}) as IDataObject | null;
	const mapped = ((raw?.value ?? {}) as IDataObject) || {};
	const schema = Array.isArray(raw?.schema) ? (raw!.schema as IDataObject[]) : [];
	const ids = schema.length
		? schema.filter((f) => f.removed !== true).map((f) => String(f.id))
		: Object.keys(mapped).sort((a, b) => Number(a) - Number(b));
	return ids.map((id) => {
		const field = schema.find((f) => String(f.id) === id);
		const label = String(field?.displayName ?? `{{${id}}}`);
		const value = mapped[id];
		const text = value === undefined || value === null ? '' : String(value);
		if (text.trim() === '') throw p.required('variables', `Enter a value for ${label}.`);
		return text;
	});
}

type OperationContextParams = Parameters<OperationDef['run']>[0]['params'];
