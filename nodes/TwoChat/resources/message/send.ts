import type { IDataObject } from 'n8n-workflow';

import type { OperationDef } from '../../../shared/operation';
import { fromNumberField, groupField } from '../../descriptions';
import { readPin } from '../../readers';

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
			options: [
				{ name: 'Phone Number', value: 'number' },
				{ name: 'Group', value: 'group' },
			],
			default: 'number',
		},
		{
			displayName: 'To Number',
			name: 'toNumber',
			type: 'string',
			required: true,
			default: '',
			placeholder: '+14155550123',
			description: 'Recipient in international format',
			displayOptions: { show: { recipientType: ['number'] } },
		},
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
		{
			displayName: 'Text',
			name: 'text',
			type: 'string',
			typeOptions: { rows: 4 },
			required: true,
			default: '',
			displayOptions: { show: { messageType: ['text'] } },
		},
		{
			displayName: 'Media URL',
			name: 'mediaUrl',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'https://example.com/invoice.pdf',
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
	run: async (op) => {
		const p = op.params;
		const body: IDataObject = {
			from_number: p.string('fromNumber', { required: true, phone: true }),
		};
		if (p.string('recipientType', { oneOf: ['number', 'group'] }) === 'group') {
			body.to_group_uuid = p.string('groupUuid', { required: true });
		} else {
			body.to_number = p.string('toNumber', { required: true, phone: true });
		}
		const type = p.string('messageType', { oneOf: ['text', 'media', 'location'] });
		if (type === 'text') {
			body.text = p.string('text', { required: true, maxLength: 65536 });
		} else if (type === 'media') {
			body.url = p.string('mediaUrl', { required: true, url: true });
			const caption = p.optionalString('caption', { maxLength: 65536 });
			if (caption) body.text = caption;
		} else {
			body.pin = readPin(p);
		}
		return await op.request({ method: 'POST', path: '/whatsapp/send-message', body });
	},
};
