import type { IDataObject } from 'n8n-workflow';

import type { OperationDef } from '../../../shared/operation';
import { contactIdField } from '../../descriptions';

export const get: OperationDef = {
	value: 'get',
	name: 'Get',
	action: 'Get a contact',
	description: 'Get one contact by its UUID',
	properties: [contactIdField],
	run: async (op) => {
		const response = await op.request<IDataObject>({
			method: 'GET',
			path: `/contacts/${op.params.id('contactId')}`,
		});
		return (response.contact as IDataObject) ?? response;
	},
};
