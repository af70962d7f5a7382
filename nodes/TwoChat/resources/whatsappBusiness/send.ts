import type { IDataObject } from 'n8n-workflow';

import type { OperationDef } from '../../../shared/definitions';
import { toNumberField, wabaNumberField } from '../../descriptions';
import { toNumberRecipient, wabaParties } from './common';
import { messageTextField, optionsCollection } from '../../../shared/descriptions';
import { windowFields } from '../../../shared/window';
import { TWOCHAT_TEMPLATE_HINT, sendWabaSession } from '../../window';

/**
 * POST /waba/send-message, a session message (inside the 24-hour window): `from_number`,
 * `to_number`, `text` (developers.2chat.co/docs/API/WhatsApp/WABA/send-message). `url` is what
 * 2Chat's own node adds for media (2ChatCo/2chat-n8n nodes/TwoChat/v1/actions/waba/send/execute.ts);
 * the docs list only `text`.
 */
export const send: OperationDef = {
	value: 'send',
	name: 'Send Text',
	action: 'Send a WhatsApp Business text message',
	description:
		'Send a text (and optionally a media URL) inside an open 24-hour conversation window',
	properties: [
		wabaNumberField,
		toNumberField(),
		messageTextField(),
		...windowFields({ templateHint: TWOCHAT_TEMPLATE_HINT }),
		optionsCollection([
			{
				displayName: 'Media URL',
				name: 'url',
				type: 'string',
				default: '',
				placeholder: 'https://example.com/photo.jpg',
				description:
					"A public URL of a file to send with the text. 2Chat has no upload endpoint: an n8n binary file must be stored somewhere public first. Sent as 2Chat's own n8n node sends it; the API docs list only text.",
			},
		]),
	],
	recipient: toNumberRecipient,
	run: async (op) => {
		const p = op.params;
		const parties = wabaParties(p);
		const body: IDataObject = {
			...parties,
			text: p.readText('text', { required: true, maxLength: 4096 }),
		};
		const url = p.checkText('url', p.collection('options').url, { url: true });
		if (url) body.url = url;
		return await sendWabaSession(op, parties, body);
	},
};
