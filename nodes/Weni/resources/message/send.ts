import type { IDataObject } from 'n8n-workflow';

import type { OperationDef } from '../../../shared/operation';
import { messageContentFields } from '../../fields';
import { endpoint } from '../../provider';
import { checkContact, readMessageContent } from '../../values';

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
		...messageContentFields,
	],
	run: async (op) => {
		const p = op.params;
		const body: IDataObject = { contact: checkContact(p, 'contact', p.raw('contact', '')).value };
		readMessageContent(p, body);
		return await op.request<IDataObject>({ method: 'POST', path: endpoint('messages'), body });
	},
};
