import type { IDataObject } from 'n8n-workflow';

import type { OperationDef } from '../../../shared/definitions';
import { phoneField } from '../../descriptions';
import { windowFields } from '../../../shared/window';
import { SPOKI_TEMPLATE_HINT, sendSessionMessage } from '../../window';
import { bodyTextField, interactiveOptions, readInteractiveOptions } from './common';
import { phoneKey } from '../../../shared/validation';

/** WhatsApp takes at most 3 reply buttons of at most 20 characters (Meta Cloud API interactive "button"). */
const MAX_BUTTONS = 3;

export const sendButtons: OperationDef = {
	value: 'sendButtons',
	name: 'Send Buttons',
	action: 'Send a message with reply buttons',
	description:
		'Send a text with up to 3 reply buttons; WhatsApp delivers it only within 24 hours of the contact last writing',
	properties: [
		phoneField('Recipient in international format'),
		bodyTextField,
		{
			displayName: 'Buttons',
			name: 'buttons',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: 'Add Button',
			required: true,
			default: {},
			description: 'One to 3 reply buttons (WhatsApp shows no more)',
			options: [
				{
					displayName: 'Button',
					name: 'button',
					values: [
						{
							displayName: 'Text',
							name: 'text',
							type: 'string',
							default: '',
							description: 'The button label',
						},
						{
							displayName: 'Payload',
							name: 'payload',
							type: 'string',
							default: '',
							description: 'What the reply carries back when the contact taps the button',
						},
					],
				},
			],
		},
		...windowFields({ templateHint: SPOKI_TEMPLATE_HINT }),
		interactiveOptions,
	],
	recipient: (op) => phoneKey(op.params.raw('phone', '')),
	// POST /api/1/messages/send/ with type Message, content_type Interactive, text and
	// buttons [{button_type, text, order, payload}] (MambuSRL/spoki_whatsapp src/Api/Messages.php
	// sendMessageWithButtons; `button_type: "quick_reply"` is the value its example uses).
	run: async (op) => {
		const p = op.params;
		const entries = p.entries('buttons', 'button');
		if (entries.length === 0) throw p.required('buttons', 'Add at least one button.');
		if (entries.length > MAX_BUTTONS) {
			throw p.tooMany(
				'buttons',
				entries.length,
				'buttons',
				`WhatsApp shows at most ${MAX_BUTTONS}`,
				'Remove a button, or use Send List for more choices.',
			);
		}
		const body: IDataObject = {
			type: 'Message',
			content_type: 'Interactive',
			phone: p.readText('phone', { required: true, phone: true }),
			text: p.readText('text', { required: true, maxLength: 1024 }),
			buttons: entries.map((b, order) => {
				const text = p.checkText('text', b.text, { required: true, maxLength: 20 });
				const payload = p.checkText('payload', b.payload, { maxLength: 256 });
				return { button_type: 'quick_reply', text, order, payload: payload || text };
			}),
		};
		readInteractiveOptions(p, body);
		return await sendSessionMessage(op, body);
	},
};
