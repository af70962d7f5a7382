import type { INodeProperties } from 'n8n-workflow';

import { optionsCollection } from '../../../shared/descriptions';
import type { OperationDef } from '../../../shared/definitions';
import { toNumberField, wabaNumberField } from '../../descriptions';
import {
	INTERACTIVE_LIMITS as L,
	ctaUrl,
	interactiveBody,
	listMessage,
	readInteractiveText,
	readListSections,
	readReplyButtons,
	replyButtons,
} from '../../interactive';
import { windowFields } from '../../../shared/window';
import { TWOCHAT_TEMPLATE_HINT, sendWabaSession } from '../../window';
import { toNumberRecipient, wabaParties } from './common';

const show = (type: string) => ({ show: { interactiveType: [type] } });

const fields: INodeProperties[] = [
	{
		displayName: 'Interactive Type',
		name: 'interactiveType',
		type: 'options',
		noDataExpression: true,
		options: [
			{
				name: 'Call-to-Action URL Button',
				value: 'cta_url',
				description: 'One button that opens a web page',
			},
			{
				name: 'List',
				value: 'list',
				description: 'A button that opens up to 10 choices, grouped in sections',
			},
			{
				name: 'Reply Buttons',
				value: 'button',
				description: 'Up to 3 buttons the customer taps to answer',
			},
		],
		default: 'button',
	},
	{
		displayName: 'Body Text',
		name: 'bodyText',
		type: 'string',
		typeOptions: { rows: 3 },
		required: true,
		default: '',
		description: `The message text, up to ${L.body} characters`,
	},
	{
		displayName: 'Buttons',
		name: 'buttons',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true, maxAllowedFields: L.buttons },
		placeholder: 'Add Button',
		displayOptions: show('button'),
		default: {},
		description: `Up to ${L.buttons} reply buttons`,
		options: [
			{
				name: 'button',
				displayName: 'Button',
				values: [
					{
						displayName: 'Button Title',
						name: 'buttonTitle',
						type: 'string',
						default: '',
						description: `The text on the button, up to ${L.buttonTitle} characters`,
					},
					{
						displayName: 'Button ID',
						name: 'buttonId',
						type: 'string',
						default: '',
						description:
							'What the reply carries back to the 2Chat Trigger when the button is tapped; the title when empty',
					},
				],
			},
		],
	},
	{
		displayName: 'List Button Text',
		name: 'listButtonText',
		type: 'string',
		required: true,
		displayOptions: show('list'),
		default: '',
		placeholder: 'See options',
		description: `The text on the button that opens the list, up to ${L.listButton} characters`,
	},
	{
		displayName: 'Sections',
		name: 'sections',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Section',
		displayOptions: show('list'),
		default: {},
		description: `Groups of rows; up to ${L.rows} rows across all sections`,
		options: [
			{
				name: 'section',
				displayName: 'Section',
				values: [
					{
						displayName: 'Section Title',
						name: 'sectionTitle',
						type: 'string',
						default: '',
						description: `Up to ${L.sectionTitle} characters; required when there are several sections`,
					},
					{
						displayName: 'Rows',
						name: 'rows',
						type: 'fixedCollection',
						typeOptions: { multipleValues: true },
						placeholder: 'Add Row',
						default: {},
						options: [
							{
								name: 'row',
								displayName: 'Row',
								values: [
									{
										displayName: 'Row Title',
										name: 'rowTitle',
										type: 'string',
										default: '',
										description: `Up to ${L.rowTitle} characters`,
									},
									{
										displayName: 'Row Description',
										name: 'rowDescription',
										type: 'string',
										default: '',
										description: `Optional second line, up to ${L.rowDescription} characters`,
									},
									{
										displayName: 'Row ID',
										name: 'rowId',
										type: 'string',
										default: '',
										description:
											'What the reply carries back to the 2Chat Trigger when the row is chosen; the title when empty',
									},
								],
							},
						],
					},
				],
			},
		],
	},
	{
		displayName: 'Button Text',
		name: 'ctaDisplayText',
		type: 'string',
		required: true,
		displayOptions: show('cta_url'),
		default: '',
		placeholder: 'Track order',
		description: `The text on the button, up to ${L.ctaText} characters`,
	},
	{
		displayName: 'Button URL',
		name: 'ctaUrl',
		type: 'string',
		required: true,
		displayOptions: show('cta_url'),
		default: '',
		placeholder: 'https://example.com/orders/123',
	},
];

const options = optionsCollection([
	{
		displayName: 'Footer Text',
		name: 'footerText',
		type: 'string',
		default: '',
		description: `Small text under the body, up to ${L.footer} characters`,
	},
	{
		displayName: 'Header Text',
		name: 'headerText',
		type: 'string',
		default: '',
		description: `Bold text above the body, up to ${L.header} characters`,
	},
]);

/**
 * POST /waba/send-message with `{from_number, to_number, payload: {interactive}}`, Meta's
 * interactive object, as 2Chat's own n8n node sends reply buttons, lists and URL buttons
 * (2ChatCo/2chat-n8n nodes/TwoChat/v1/actions/waba/sendInteractive/). Inside the 24-hour window only.
 */
export const sendInteractive: OperationDef = {
	value: 'sendInteractive',
	name: 'Send Interactive',
	action: 'Send a WhatsApp Business interactive message',
	description:
		'Send reply buttons, a list or a URL button inside an open 24-hour conversation window',
	properties: [
		wabaNumberField,
		toNumberField(),
		...fields,
		...windowFields({ templateHint: TWOCHAT_TEMPLATE_HINT }),
		options,
	],
	recipient: toNumberRecipient,
	run: async (op) => {
		const p = op.params;
		const parties = wabaParties(p);
		const text = readInteractiveText(p);
		const type = p.readText('interactiveType', { oneOf: ['button', 'list', 'cta_url'] });
		let interactive;
		if (type === 'list') {
			const button = p.readText('listButtonText', { required: true, maxLength: L.listButton });
			interactive = listMessage(text, button, readListSections(p));
		} else if (type === 'cta_url') {
			interactive = ctaUrl(
				text,
				p.readText('ctaDisplayText', { required: true, maxLength: L.ctaText }),
				p.readText('ctaUrl', { required: true, url: true }),
			);
		} else {
			interactive = replyButtons(text, readReplyButtons(p));
		}
		return await sendWabaSession(op, parties, interactiveBody(parties, interactive));
	},
};
