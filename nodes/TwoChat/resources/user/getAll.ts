import type { IDataObject } from 'n8n-workflow';

import type { OperationDef } from '../../../shared/operation';
import { returnAllOrLimit } from '../../../shared/operation';
import { returnAllOrFirst } from '../../../shared/factories';

/** GET /users: `{data: {users: [...]}}`, active users only, unpaged (2ChatCo/agent-skills skills/2chat-users/SKILL.md). */
export const getAll: OperationDef = {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many users of the account',
	description: 'Get the people who have access to the 2Chat account',
	properties: [...returnAllOrLimit()],
	run: async (op) => {
		const p = op.params;
		const body = await op.request<IDataObject>({ method: 'GET', path: '/users' });
		const data = (body.data ?? {}) as IDataObject;
		const users = (Array.isArray(data.users) ? data.users : []) as IDataObject[];
		return returnAllOrFirst(p, users);
	},
};
