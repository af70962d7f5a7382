import { getMany } from '../../../shared/getMany';
import { channelFilterField } from '../../descriptions';
import { pagedBy } from '../../provider';
import { textQuery } from '../../../shared/operations';
import { textField } from '../../../shared/descriptions';

/**
 * GET /contacts, or GET /contacts/search when a text is given
 * (developers.2chat.co/docs/API/Contacts/list-contacts, …/search-contacts).
 */
export const getAll = getMany({
	action: 'Get many contacts',
	description: 'Get the contacts of the account, optionally only those matching a text',
	filters: [
		{
			...channelFilterField,
			description: 'Only contacts of this connected number (its WPN… UUID)',
		},
		textField('Search Text', 'query', 'Only contacts whose name or details contain this text', {
			placeholder: 'Ana or +1415',
		}),
	],
	request: (op) => {
		const p = op.params;
		const filters = p.collection('filters');
		const qs = textQuery(p, filters, 'channel_uuid');
		const query = p.checkText('query', filters.query, { maxLength: 200 });
		if (query) {
			// The docs name it `query`; 2Chat's agent skill writes `q` (2ChatCo/agent-skills
			// skills/2chat-contacts/SKILL.md): both are sent, since the sources disagree.
			qs.query = query;
			qs.q = query;
		}
		return { method: 'GET', path: query ? '/contacts/search' : '/contacts', qs };
	},
	pagination: pagedBy('contacts'),
});
