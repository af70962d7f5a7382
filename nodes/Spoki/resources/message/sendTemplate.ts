import type { IDataObject } from 'n8n-workflow';

import type { OperationDef } from '../../../shared/definitions';
import { customFieldsField, metadataField, phoneField } from '../../descriptions';
import {
	LANGUAGE_RULES,
	numericId,
	readCustomFields,
	readMetadata,
	readTemplateVariables,
} from '../../readers';
import { API, spokiSent } from '../../provider';
import { templateIdField } from '../template/common';
import {
	additionalFields,
	multipleValues,
	templateVariablesField,
} from '../../../shared/descriptions';
import { phoneKey } from '../../../shared/validation';

export const sendTemplate: OperationDef = {
	value: 'sendTemplate',
	name: 'Send Template',
	action: 'Send a template message',
	description: 'Send an approved WhatsApp template, which may start a conversation',
	properties: [
		phoneField('Recipient in international format'),
		{
			...templateIdField,
			description: 'An approved template, searched by name or text, or given by its numeric ID',
		},
		{
			displayName: 'Language',
			name: 'language',
			type: 'string',
			default: '',
			placeholder: 'IT',
			description:
				'Language of the template translation to send, e.g. IT or EN; empty for the default one',
		},
		templateVariablesField(
			'templateVariables',
			['templateId.value'],
			'This template has no %%CODE%% variables',
			"Values for the template's %%CODE%% variables, one field per code; empty ones are left to Spoki",
		),
		{
			...customFieldsField,
			description:
				'More %%CODE%% values as name/value pairs (e.g. from expressions); they win over Template Variables',
		},
		additionalFields([
			multipleValues(
				'Buttons',
				'buttons',
				'Add Button',
				[
					{
						displayName: 'Button',
						name: 'button',
						values: [
							{
								displayName: 'Order',
								name: 'order',
								type: 'number',
								typeOptions: { minValue: 0 },
								default: 0,
								description: 'Position of the button in the template, from 0',
							},
							{
								displayName: 'Payload',
								name: 'payload',
								type: 'string',
								default: '',
								description: 'Text or URL suffix the button carries',
							},
						],
					},
				],
				{
					description: 'Payloads for the template buttons, by their position',
				},
			),
			{
				displayName: 'Email',
				name: 'email',
				type: 'string',
				placeholder: 'name@email.com',
				default: '',
				description: 'Email to save on the contact',
			},
			{
				displayName: 'Header Media Filename',
				name: 'headerMediaFilename',
				type: 'string',
				default: '',
				placeholder: 'invoice.pdf',
				description: 'File name shown for a document header',
			},
			{
				displayName: 'Header Media URL',
				name: 'headerMediaUrl',
				type: 'string',
				default: '',
				placeholder: 'https://example.com/image.jpg',
				description: 'Public URL of the image, video or document of a template with a media header',
			},
			metadataField,
		]),
	],
	// Messages to one phone keep their item order when items are sent in parallel.
	recipient: (op) => phoneKey(op.params.raw('phone', '')),
	run: async (op) => {
		const p = op.params;
		const body: IDataObject = {
			type: 'Template',
			phone: p.readText('phone', { required: true, phone: true }),
			template: Number(numericId(p, 'templateId')),
		};
		const language = p.readOptionalText('language', LANGUAGE_RULES);
		if (language) body.language = language;
		const customFields = { ...readTemplateVariables(p), ...readCustomFields(p) };
		if (Object.keys(customFields).length) body.custom_fields = customFields;

		const extra = p.collection('additionalFields');
		const email = p.checkText('email', extra.email, { email: true });
		if (email) body.email = email;
		const buttons = ((extra.buttons as IDataObject | undefined)?.button ?? []) as IDataObject[];
		if (buttons.length) {
			body.buttons = buttons.map((b) => ({
				order: p.checkNumber('order', b.order, {
					required: true,
					integer: true,
					min: 0,
				}),
				payload: p.checkText('payload', b.payload, { required: true, maxLength: 2000 }),
			}));
		}
		const mediaUrl = p.checkText('headerMediaUrl', extra.headerMediaUrl, { url: true });
		const filename = p.checkText('headerMediaFilename', extra.headerMediaFilename, {
			maxLength: 255,
		});
		if (filename && !mediaUrl)
			throw p.required('headerMediaUrl', 'A header file name needs the media URL.');
		if (mediaUrl) body.header_media = filename ? { url: mediaUrl, filename } : { url: mediaUrl };
		const metadata = readMetadata(p, extra.metadata);
		if (metadata) body.metadata = metadata;
		return spokiSent(await op.object({ method: 'POST', path: `${API}/messages/send/`, body }));
	},
};
