import type { OperationDef } from '../../../shared/operation';
import type { IDataObject } from 'n8n-workflow';

import { simplifyField } from '../../descriptions';
import { API, numericId } from '../../provider';
import { contactIdField, simplifyContact } from './common';

export const get: OperationDef = {
	value: 'get',
	name: 'Get',
	action: 'Get a contact',
	description: 'Get one contact with its custom fields, tags and lists',
	properties: [contactIdField, simplifyField],
	run: async (op) => {
		const contact = await op.request<IDataObject>({
			method: 'GET',
			path: `${API}/contacts/${numericId(op.params, 'contactId')}/`,
		});
		return op.params.boolean('simplify', true) ? simplifyContact(contact) : contact;
	},
};
