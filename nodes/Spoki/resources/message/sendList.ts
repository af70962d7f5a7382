import type { IDataObject } from 'n8n-workflow';

import type { OperationDef } from '../../../shared/definitions';
import { phoneField } from '../../descriptions';
import { windowFields } from '../../../shared/window';
import { SPOKI_TEMPLATE_HINT, sendSessionMessage } from '../../window';
import { bodyTextField, interactiveOptions, readInteractiveOptions } from './common';
import { phoneKey } from '../../../shared/validation';

/** WhatsApp list limits: 10 rows in all, titles of 24, row descriptions of 72, button text of 20 (Meta Cloud API interactive "list"). */
const MAX_ROWS = 10;

export const sendList: OperationDef = {
	value: 'sendList',
	name: 'Send List',
	action: 'Send a list message',
	description:
		'Send a text with a menu of up to 10 choices in sections; only within 24 hours of the contact last writing',
	properties: [
		phoneField('Recipient in international format'),
		bodyTextField,
		{
			displayName: 'Button Text',
			name: 'listTitle',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'Choose',
			description: 'The label of the button that opens the list (`list.title`)',
		},
		{
			displayName: 'Rows',
			name: 'rows',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: 'Add Row',
			required: true,
			default: {},
			description:
				'The choices, in order (at most 10); rows with the same Section form one section',
			options: [
				{
					displayName: 'Row',
					name: 'row',
					values: [
						{
							displayName: 'Section',
							name: 'section',
							type: 'string',
							default: '',
							description: 'Title of the section the row belongs to',
						},
						{ displayName: 'Title', name: 'title', type: 'string', default: '' },
						{ displayName: 'Description', name: 'description', type: 'string', default: '' },
						{
							displayName: 'Payload',
							name: 'payload',
							type: 'string',
							default: '',
							description: 'What the reply carries back when the contact picks the row',
						},
					],
				},
			],
		},
		...windowFields({ templateHint: SPOKI_TEMPLATE_HINT }),
		interactiveOptions,
	],
	recipient: (op) => phoneKey(op.params.raw('phone', '')),
	// POST /api/1/messages/send/ with type Message, content_type List, text and
	// list {title, sections: [{title, rows: [{title, description, payload}]}]}
	// (MambuSRL/spoki_whatsapp src/Api/Messages.php sendMessageList).
	run: async (op) => {
		const p = op.params;
		const rows = p.entries('rows', 'row');
		if (rows.length === 0) throw p.required('rows', 'Add at least one row.');
		if (rows.length > MAX_ROWS) {
			throw p.tooMany(
				'rows',
				rows.length,
				'rows',
				`a WhatsApp list holds at most ${MAX_ROWS}`,
				'Remove rows, or split the choices over two messages.',
			);
		}
		const sections: Array<{ title: string; rows: IDataObject[] }> = [];
		for (const row of rows) {
			const section = p.checkText('section', row.section, { maxLength: 24 });
			const entry: IDataObject = {
				title: p.checkText('title', row.title, { required: true, maxLength: 24 }),
			};
			const description = p.checkText('description', row.description, { maxLength: 72 });
			if (description) entry.description = description;
			entry.payload = p.checkText('payload', row.payload, { maxLength: 200 }) || entry.title;
			const last = sections[sections.length - 1];
			if (last && last.title === section) last.rows.push(entry);
			else sections.push({ title: section, rows: [entry] });
		}
		const body: IDataObject = {
			type: 'Message',
			content_type: 'List',
			phone: p.readText('phone', { required: true, phone: true }),
			text: p.readText('text', { required: true, maxLength: 1024 }),
			list: { title: p.readText('listTitle', { required: true, maxLength: 20 }), sections },
		};
		readInteractiveOptions(p, body);
		return await sendSessionMessage(op, body);
	},
};
