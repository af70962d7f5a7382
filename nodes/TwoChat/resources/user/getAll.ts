import type { IDataObject } from 'n8n-workflow';

import type { OperationDef } from '../../../shared/operation';

export const listUsers: OperationDef = {
	value: 'listUsers',
	name: 'List Users',
	action: 'List the users of the account',
	description: 'List the people who have access to the 2Chat account',
	properties: [],
	run: async (op) => {
		const body = await op.request<IDataObject>({ method: 'GET', path: '/users' });
		const data = (body.data ?? {}) as IDataObject;
		return (data.users ?? []) as IDataObject[];
	},
};
