import type { IDataObject } from 'n8n-workflow';

import { getMany } from '../../../shared/getMany';
import { whole } from '../../../shared/pagination';

/** GET /users: `{data: {users: [...]}}`, active users only, unpaged (2ChatCo/agent-skills skills/2chat-users/SKILL.md). */
export const getAll = getMany({
	action: 'Get many users of the account',
	description: 'Get the people who have access to the 2Chat account',
	request: () => ({ method: 'GET', path: '/users' }),
	pagination: whole((body) => {
		const data = ((body as IDataObject | undefined)?.data ?? {}) as IDataObject;
		return (Array.isArray(data.users) ? data.users : []) as IDataObject[];
	}),
});
