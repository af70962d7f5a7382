import type { IDataObject } from 'n8n-workflow';

import type { OperationDef } from '../../../shared/operation';
import { endpoint } from '../../provider';
import { checkAttachment, checkContact, listOf, quickReplies } from '../../values';

export const send: OperationDef = {
	value: 'send',
	name: 'Send',
	action: 'Send a message',
	description: 'Send a message to one contact through its preferred channel',
	properties: [
		{
			displayName: 'Contact',
			name: 'contact',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'whatsapp:5582999990000',
			description: 'The contact UUID or one of its URNs',
		},
		{
			displayName: 'Text',
			name: 'text',
			type: 'string',
			typeOptions: { rows: 4 },
			default: '',
			description: 'The message; required unless attachments are given',
		},
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				{
					displayName: 'Attachments',
					name: 'attachments',
					type: 'string',
					default: '',
					placeholder: 'image/jpeg:https://…/photo.jpg',
					description:
						'Media UUIDs (uploaded to Weni) or content-type:URL values, separated by commas or new lines (at most 10)',
				},
				{
					displayName: 'Quick Replies',
					name: 'quickReplies',
					type: 'string',
					default: '',
					placeholder: 'Yes, No',
					description: 'Reply buttons, separated by commas or new lines (at most 10)',
				},
			],
		},
	],
	run: async (op) => {
		const p = op.params;
		const body: IDataObject = { contact: checkContact(p, 'contact', p.raw('contact', '')).value };
		const text = p.string('text', { maxLength: 4096 });
		const options = p.collection('options');
		const attachments = listOf(p, 'attachments', options.attachments, 10).map((a) => checkAttachment(p, 'attachments', a));
		if (!text && attachments.length === 0) throw p.required('text', 'Enter a text, or add attachments under Options.');
		if (text) body.text = text;
		if (attachments.length) body.attachments = attachments;
		const replies = quickReplies(p, 'quickReplies', options.quickReplies);
		if (replies.length) body.quick_replies = replies;
		return await op.request<IDataObject>({ method: 'POST', path: endpoint('messages'), body });
	},
};
