import type { IDataObject } from 'n8n-workflow';

import type { OperationDef } from '../../../shared/operation';
import { contactsListField, groupsField, urnsListField } from '../../fields';
import { endpoint } from '../../provider';
import { checkAttachment, checkContact, checkUrn, listOf, quickReplies } from '../../values';

export const send: OperationDef = {
	value: 'send',
	name: 'Send',
	action: 'Send a broadcast',
	description: 'Send one message to many contacts, URNs and groups at once',
	properties: [
		{
			displayName: 'Text',
			name: 'text',
			type: 'string',
			typeOptions: { rows: 4 },
			default: '',
			description: 'The message; required unless attachments are given. Weni takes it as the workspace language.',
		},
		contactsListField,
		urnsListField,
		groupsField,
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
		const body: IDataObject = {};
		const text = p.string('text', { maxLength: 4096 });
		const options = p.collection('options');
		const attachments = listOf(p, 'attachments', options.attachments, 10).map((a) => checkAttachment(p, 'attachments', a));
		if (!text && attachments.length === 0) throw p.required('text', 'Enter a text, or add attachments under Options.');
		if (text) body.text = text;
		if (attachments.length) body.attachments = attachments;
		const replies = quickReplies(p, 'quickReplies', options.quickReplies);
		if (replies.length) body.quick_replies = replies;
		const contacts = listOf(p, 'contacts', p.raw('contacts', '')).map((c) => checkContact(p, 'contacts', c).value);
		const urns = listOf(p, 'urns', p.raw('urns', '')).map((u) => checkUrn(p, 'urns', u));
		const groups = listOf(p, 'groups', p.raw('groups', []));
		if (!contacts.length && !urns.length && !groups.length) {
			throw p.required('contacts', 'Give at least one contact, URN or group to send to.');
		}
		if (urns.length) body.urns = urns;
		if (contacts.length) body.contacts = contacts;
		if (groups.length) body.groups = groups;
		return await op.request<IDataObject>({ method: 'POST', path: endpoint('broadcasts'), body });
	},
};
