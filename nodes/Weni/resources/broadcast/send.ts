import type { IDataObject } from 'n8n-workflow';

import type { OperationDef } from '../../../shared/operation';
import { contactsListField, groupsField, messageContentFields, urnsListField } from '../../fields';
import { endpoint } from '../../provider';
import { readMessageContent, readRecipients } from '../../values';

export const send: OperationDef = {
	value: 'send',
	name: 'Send',
	action: 'Send a broadcast',
	description: 'Send one message to many contacts, URNs and groups at once; Weni takes the text as the workspace language',
	properties: [messageContentFields[0], contactsListField, urnsListField, groupsField, messageContentFields[1]],
	run: async (op) => {
		const p = op.params;
		const body: IDataObject = {};
		readMessageContent(p, body);
		readRecipients(p, body, 'Give at least one contact, URN or group to send to.');
		return await op.request<IDataObject>({ method: 'POST', path: endpoint('broadcasts'), body });
	},
};
