import type { IDataObject } from 'n8n-workflow';

import type { OperationDef } from '../../../shared/definitions';
import { metadataField, phoneField } from '../../descriptions';
import { readMetadata } from '../../readers';
import { additionalFields, messageTextField } from '../../../shared/descriptions';
import { windowFields } from '../../../shared/window';
import { SPOKI_TEMPLATE_HINT, sendSessionMessage } from '../../window';
import { phoneKey } from '../../../shared/validation';

export const sendText: OperationDef = {
	value: 'sendText',
	name: 'Send Text',
	action: 'Send a text message',
	description:
		'Send a free text message; WhatsApp delivers it only within 24 hours of the contact last writing',
	properties: [
		phoneField('Recipient in international format'),
		messageTextField(),
		...windowFields({ templateHint: SPOKI_TEMPLATE_HINT }),
		additionalFields([metadataField]),
	],
	// Messages to one phone keep their item order when items are sent in parallel.
	recipient: (op) => phoneKey(op.params.raw('phone', '')),
	run: async (op) => {
		const p = op.params;
		const body: IDataObject = {
			type: 'Message',
			content_type: 'Text',
			phone: p.readText('phone', { required: true, phone: true }),
			text: p.readText('text', { required: true, maxLength: 4096 }),
		};
		const metadata = readMetadata(p, p.collection('additionalFields').metadata);
		if (metadata) body.metadata = metadata;
		return await sendSessionMessage(op, body);
	},
};
