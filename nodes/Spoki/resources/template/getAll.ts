import type { OperationDef } from '../../../shared/operation';
import { returnAllOrLimit } from '../../../shared/operation';
import { API, drfPages } from '../../provider';
import { simplifyField } from '../../descriptions';
import { channelIdField, readChannelId, simplifyTemplate } from './common';
import { filtersCollection, textField, textQuery } from '../../../shared/factories';

export const getAll: OperationDef = {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many templates',
	description: 'List and search the WhatsApp templates of the account',
	properties: [
		simplifyField,
		...returnAllOrLimit(),
		filtersCollection([
			channelIdField,
			textField('Search', 'search', 'Text found in the template ID, name or text'),
		]),
	],
	run: async (op) => {
		const p = op.params;
		const f = p.collection('filters');
		const qs = textQuery(p, f, 'search');
		const channel = readChannelId(p, f);
		if (channel) qs.channel_id = channel;
		const templates = await op.list({ method: 'GET', path: `${API}/templates/`, qs }, drfPages());
		return p.readBoolean('simplify', true) ? templates.map(simplifyTemplate) : templates;
	},
};
