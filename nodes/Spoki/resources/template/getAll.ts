import { getMany } from '../../../shared/getMany';
import { API, drfPages } from '../../provider';
import { channelIdField, readChannelId, simplifyTemplate } from './common';
import { textQuery } from '../../../shared/operations';
import { textField } from '../../../shared/descriptions';

export const getAll = getMany({
	action: 'Get many templates',
	description: 'List and search the WhatsApp templates of the account',
	simplify: simplifyTemplate,
	filters: [
		channelIdField,
		textField('Search', 'search', 'Text found in the template ID, name or text'),
	],
	request: (op) => {
		const p = op.params;
		const f = p.collection('filters');
		const qs = textQuery(p, f, 'search');
		const channel = readChannelId(p, f);
		if (channel) qs.channel_id = channel;
		return { method: 'GET', path: `${API}/templates/`, qs };
	},
	pagination: drfPages(),
});
