import type { IDataObject } from 'n8n-workflow';

import type { OperationDef } from '../../../shared/definitions';
import {
	locator,
	whatsAppChannelField,
	phoneNumberField,
	scheduledAtField,
	variablesField,
} from '../../descriptions';
import { readLocator, readScheduledAt, readTemplateVariables } from '../../readers';
import { phoneKey } from '../../../shared/validation';
import { heyySent } from '../../provider';
import { FILE_SOURCES, uploadedFileId } from '../file/common';
import { sendWithinWindow, windowFields } from '../../../shared/window';
import { HEYY_TEMPLATE_HINT, heyyWindow } from '../../window';
import type { UploadFormat } from '../file/common';
import {
	multipleValues,
	optionsCollection,
	templateVariablesField,
} from '../../../shared/descriptions';

const TYPES = ['text', 'image', 'document', 'template', 'interactive'] as const;
const withFile = { show: { messageType: ['image', 'document'] } };
const interactive = { show: { messageType: ['interactive'] } };

/** WhatsApp's own bounds on reply buttons. */
const MAX_BUTTONS = 3;
const MAX_BUTTON_TITLE = 20;

/**
 * The send's answer with the message ID and status at the top level: the
 * documented answer is `{data: {id, phoneNumber, message, status, createdAt}}`
 * (docs.heyy.io/api-reference/send-whatsapp-message), `message` being the
 * message object; either level may carry them.
 */
export const send: OperationDef = {
	value: 'send',
	name: 'Send',
	action: 'Send a WhatsApp message',
	description:
		'Send a text, image, document, template or buttons message from a WhatsApp channel, now or scheduled',
	properties: [
		whatsAppChannelField,
		{
			...phoneNumberField,
			description: 'Recipient, in international format with + and the country code',
		},
		{
			displayName: 'Message Type',
			name: 'messageType',
			type: 'options',
			options: [
				{ name: 'Document', value: 'document', description: 'A file, with an optional caption' },
				{ name: 'Image', value: 'image', description: 'A picture, with an optional caption' },
				{
					name: 'Interactive Buttons',
					value: 'interactive',
					description: 'Text with up to 3 reply buttons',
				},
				{
					name: 'Template',
					value: 'template',
					description: 'An approved message template, needed outside the 24-hour window',
				},
				{ name: 'Text', value: 'text' },
			],
			default: 'text',
		},
		{
			displayName: 'Text',
			name: 'text',
			type: 'string',
			typeOptions: { rows: 4 },
			default: '',
			description: 'Required for text and interactive messages',
			displayOptions: { show: { messageType: ['text', 'interactive'] } },
		},
		{
			displayName: 'File Source',
			name: 'fileSource',
			type: 'options',
			options: FILE_SOURCES,
			default: 'binary',
			description: 'Heyy sends files it holds (a file ID); it takes no URL',
			displayOptions: withFile,
		},
		{
			displayName: 'Header Media',
			name: 'fileSource',
			type: 'options',
			options: [
				{
					name: 'None',
					value: 'none',
					description: 'The template has no image, video or document header',
				},
				...FILE_SOURCES,
			],
			default: 'none',
			description: "The image, video or document of the template's header, if it has one",
			displayOptions: { show: { messageType: ['template'] } },
		},
		{
			displayName: 'Input Binary Field',
			name: 'binaryPropertyName',
			type: 'string',
			required: true,
			default: 'data',
			hint: 'The name of the input binary field containing the file to send',
			description:
				'File name and MIME type are taken from the binary data. WhatsApp takes images up to 5 MB, videos up to 16 MB and documents up to 100 MB.',
			displayOptions: {
				show: { messageType: ['image', 'document', 'template'], fileSource: ['binary'] },
			},
		},
		{
			displayName: 'File ID',
			name: 'fileId',
			type: 'string',
			default: '',
			description: 'The ID File › Upload returned (required)',
			displayOptions: {
				show: { messageType: ['image', 'document', 'template'], fileSource: ['fileId'] },
			},
		},
		{
			displayName: 'Caption',
			name: 'caption',
			type: 'string',
			default: '',
			description: 'Text sent with the file',
			displayOptions: withFile,
		},
		{
			...locator({
				displayName: 'Template',
				name: 'messageTemplateId',
				searchMethod: 'searchTemplates',
				description: 'An approved WhatsApp message template',
			}),
			required: false,
			displayOptions: { show: { messageType: ['template'] } },
		},
		{
			...templateVariablesField(
				'templateVariables',
				['messageTemplateId.value'],
				'The chosen template has no variables, or none could be read: use Variables below',
				'One field per variable of the chosen template, named as its placeholders',
			),
			displayOptions: { show: { messageType: ['template'] } },
		},
		{
			...variablesField(
				'Variables as name and value pairs, for names set by expressions; a name given here wins over the same name above',
			),
			displayOptions: { show: { messageType: ['template'] } },
		},
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
							displayName: 'Title',
							name: 'title',
							type: 'string',
							default: '',
							description: 'Shown on the button (up to 20 characters)',
						},
						{
							displayName: 'Button ID',
							name: 'id',
							type: 'string',
							default: '',
							description: 'Returned when the customer taps it; defaults to the title',
						},
					],
				},
			],
			{
				description: 'One to 3 reply buttons',
				displayOptions: interactive,
			},
		),
		{
			displayName: 'Header Text',
			name: 'headerText',
			type: 'string',
			default: '',
			displayOptions: interactive,
		},
		{
			displayName: 'Footer Text',
			name: 'footerText',
			type: 'string',
			default: '',
			displayOptions: interactive,
		},
		...windowFields({ templateHint: HEYY_TEMPLATE_HINT }).map((field) => ({
			...field,
			displayOptions: {
				...field.displayOptions,
				hide: { messageType: ['template'] },
			},
		})),
		optionsCollection([scheduledAtField]),
	],
	// Writes to the same phone number go out one after the other, in item order, even in parallel.
	recipient: (op) => phoneKey(op.params.raw('phoneNumber', '')),
	// Fields shown for some message types only are checked in run, not marked required:
	// n8n would flag them for every type when Message Type is an expression (as AI agents set it).
	run: async (op) => {
		const p = op.params;
		const channel = p.id('channelId');
		const body: IDataObject = {
			phoneNumber: p.readText('phoneNumber', { required: true, phone: true }),
		};
		const type = p.readText('messageType', { required: true, oneOf: TYPES });
		body.type = type.toUpperCase();

		let upload: { property: string; format?: UploadFormat } | undefined;
		if (type === 'text') {
			body.bodyText = p.readText('text', { required: true, maxLength: 4096 });
		} else if (type === 'image' || type === 'document') {
			if (p.readText('fileSource', { oneOf: ['binary', 'fileId'] }) === 'fileId') {
				body.fileId = p.readText('fileId', { required: true });
			} else {
				upload = {
					property: p.readText('binaryPropertyName', { required: true }),
					format: type === 'image' ? 'IMAGE' : 'DOCUMENT',
				};
			}
			const caption = p.readOptionalText('caption', { maxLength: 1024 });
			if (caption) body.bodyText = caption;
		} else if (type === 'template') {
			body.messageTemplateId = readLocator(p, 'messageTemplateId');
			const variables = readTemplateVariables(p);
			if (variables.length) body.variables = variables;
			// The TEMPLATE body's optional `fileId` is the header's image or document
			// (docs.heyy.io/api-reference/send-whatsapp-message).
			const source = p.readText('fileSource', { oneOf: ['none', 'binary', 'fileId'] }) || 'none';
			if (source === 'fileId') body.fileId = p.readText('fileId', { required: true });
			else if (source === 'binary')
				upload = { property: p.readText('binaryPropertyName', { required: true }) };
		} else {
			body.bodyText = p.readText('text', { required: true, maxLength: 1024 });
			const entries = p.entries('buttons', 'button');
			if (entries.length === 0) throw p.required('buttons', 'Add at least one button.');
			if (entries.length > MAX_BUTTONS) {
				throw p.tooMany(
					'buttons',
					entries.length,
					'buttons',
					`WhatsApp shows at most ${MAX_BUTTONS}`,
					'Remove a button, or send a list of choices as text.',
				);
			}
			body.buttons = entries.map((entry) => {
				const title = p.checkText('title', entry.title, {
					required: true,
					maxLength: MAX_BUTTON_TITLE,
				});
				return { id: p.checkText('id', entry.id, { maxLength: 256 }) || title, title };
			});
			const header = p.readOptionalText('headerText', { maxLength: 60 });
			if (header) body.headerText = header;
			const footer = p.readOptionalText('footerText', { maxLength: 60 });
			if (footer) body.footerText = footer;
		}
		readScheduledAt(p, body);

		const message = async () => {
			// Everything is checked before the upload, so an invalid item sends nothing at all.
			if (upload) body.fileId = await uploadedFileId(op, upload.property, upload.format);
			const response = await op.request({
				method: 'POST',
				path: `/${channel}/whatsapp_messages/send`,
				body,
			});
			return heyySent(response);
		};
		if (type === 'template') return await message();
		const phone = String(body.phoneNumber);
		const facts = heyyWindow(channel, phone, body.scheduledAt as string | undefined);
		return await sendWithinWindow(op, facts, phone, message);
	},
};
