import type { IDataObject } from 'n8n-workflow';

import { wholeGetManyOperation } from '../../../shared/factories';

/** GET /users: `{data: {users: [...]}}`, active users only, unpaged (2ChatCo/agent-skills skills/2chat-users/SKILL.md). */
export const getAll = wholeGetManyOperation(
	'Get many users of the account',
	'Get the people who have access to the 2Chat account',
	[],
	async (op) => {
		const body = await op.request<IDataObject>({ method: 'GET', path: '/users' });
		const data = (body.data ?? {}) as IDataObject;
		return (Array.isArray(data.users) ? data.users : []) as IDataObject[];
	},
);
