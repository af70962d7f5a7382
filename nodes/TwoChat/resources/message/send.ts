import type { IDataObject } from 'n8n-workflow';

import type { OperationDef } from '../../../shared/definitions';
import { fromNumberField, groupField, toNumberField } from '../../descriptions';
import { idValue, locatorValue, phone, readPin } from '../../readers';
import { twoChatSent } from '../../provider';
import { toNumberRecipient } from '../whatsappBusiness/common';
import { choices, messageTextField } from '../../../shared/descriptions';

/** POST /whatsapp/send-message (developers.2chat.co/docs/API/WhatsApp/send-message). */
export const send: OperationDef = {
	value: 'send',
	name: 'Send',
	action: 'Send a WhatsApp message',
	description: 'Send a text, a media file or a location pin to a number or a group',
	properties: [
		fromNumberField,
		{
			displayName: 'Send To',
			name: 'recipientType',
			type: 'options',
			options: choices({ 'Phone Number': 'number', Group: 'group' }),
			default: 'number',
		},
		toNumberField({ displayOptions: { show: { recipientType: ['number'] } } }),
		{ ...groupField, displayOptions: { show: { recipientType: ['group'] } } },
		{
			displayName: 'Message Type',
			name: 'messageType',
			type: 'options',
			options: [
				{ name: 'Text', value: 'text' },
				{
					name: 'Media (URL)',
					value: 'media',
					description: 'An image, video, audio or document at a public URL (up to 16 MB)',
				},
				{ name: 'Location', value: 'location' },
			],
			default: 'text',
		},
		messageTextField({ displayOptions: { show: { messageType: ['text'] } } }),
		{
			displayName: 'Media URL',
			name: 'mediaUrl',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'https://example.com/invoice.pdf',
			// 2Chat has no upload endpoint: media is fetched from a public URL, 16 MB at most
			// (developers.2chat.co/docs/API/WhatsApp/send-message; skill 2chat-whatsapp).
			description:
				'A public URL 2Chat downloads the file from (16 MB at most). 2Chat has no upload endpoint, so an n8n binary file must first be stored somewhere public (e.g. S3) and its URL given here.',
			displayOptions: { show: { messageType: ['media'] } },
		},
		{
			displayName: 'Caption',
			name: 'caption',
			type: 'string',
			default: '',
			description: 'Text sent with the media',
			displayOptions: { show: { messageType: ['media'] } },
		},
		{
			displayName: 'Latitude',
			name: 'latitude',
			type: 'string',
			required: true,
			default: '',
			placeholder: '-25.7752926',
			description: 'Decimal degrees, -90 to 90 (sent as text, as 2Chat documents it)',
			displayOptions: { show: { messageType: ['location'] } },
		},
		{
			displayName: 'Longitude',
			name: 'longitude',
			type: 'string',
			required: true,
			default: '',
			placeholder: '-56.647703',
			description: 'Decimal degrees, -180 to 180 (sent as text, as 2Chat documents it)',
			displayOptions: { show: { messageType: ['location'] } },
		},
		{
			displayName: 'Location Details',
			name: 'locationDetails',
			type: 'collection',
			placeholder: 'Add Detail',
			default: {},
			displayOptions: { show: { messageType: ['location'] } },
			options: [
				{ displayName: 'Address', name: 'address', type: 'string', default: '' },
				{ displayName: 'Name', name: 'name', type: 'string', default: '' },
				{ displayName: 'URL', name: 'url', type: 'string', default: '' },
			],
		},
	],
	recipient: (op) =>
		op.params.raw('recipientType', 'number') === 'group'
			? `group:${String(locatorValue(op.params, 'groupUuid'))}`
			: toNumberRecipient(op),
	run: async (op) => {
		const p = op.params;
		const body: IDataObject = { from_number: phone(p, 'fromNumber') };
		if (p.readText('recipientType', { oneOf: ['number', 'group'] }) === 'group') {
			body.to_group_uuid = idValue(p, 'groupUuid');
		} else {
			body.to_number = p.readText('toNumber', { required: true, phone: true });
		}
		const type = p.readText('messageType', { oneOf: ['text', 'media', 'location'] });
		if (type === 'text') {
			body.text = p.readText('text', { required: true, maxLength: 65536 });
		} else if (type === 'media') {
			body.url = p.readText('mediaUrl', { required: true, url: true });
			const caption = p.readOptionalText('caption', { maxLength: 65536 });
			if (caption) body.text = caption;
		} else {
			body.pin = readPin(p);
		}
		const answer = await op.request<IDataObject>({
			method: 'POST',
			path: '/whatsapp/send-message',
			body,
		});
		return twoChatSent(answer);
	},
};
