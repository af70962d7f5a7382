import type { IDataObject } from 'n8n-workflow';

import type { OperationDef } from '../../../shared/operation';
import { returnAllOrLimit } from '../../../shared/operation';
import { channelField } from '../../descriptions';
import { pagedBy } from '../../provider';

export const search: OperationDef = {
	value: 'search',
	name: 'Search',
	action: 'Search contacts',
	description: 'Find contacts whose name or details match a text',
	properties: [
		{
			displayName: 'Query',
			name: 'query',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'Ana or +1415',
		},
		channelField,
		...returnAllOrLimit(),
	],
	run: async (op) => {
		const query = op.params.string('query', { required: true, maxLength: 200 });
		// The docs name it `query` (developers.2chat.co/docs/API/Contacts/search-contacts); 2Chat's
		// agent skill writes `q` (2ChatCo/agent-skills skills/2chat-contacts/SKILL.md): both are sent.
		const qs: IDataObject = { query, q: query };
		const channel = op.params.optionalString('channelUuid');
		if (channel) qs.channel_uuid = channel;
		return await op.list({ method: 'GET', path: '/contacts/search', qs }, pagedBy('contacts'));
	},
};
