import { getMany } from '../../../shared/getMany';
import { API, drfPages } from '../../provider';
import { WEBHOOK_PLATFORMS } from './common';
import { textQuery } from '../../../shared/operations';
import { textField } from '../../../shared/descriptions';

export const getAll = getMany({
	action: 'Get many automations',
	description: 'List, search and filter automations',
	filters: [
		{
			displayName: 'Is Active',
			name: 'isActive',
			type: 'boolean',
			default: true,
			description: 'Whether to list only active automations (on) or only inactive ones (off)',
		},
		textField('Search', 'search', 'Text found in the automation name or its webhook link'),
		{
			displayName: 'Webhook Platform',
			name: 'webhookPlatform',
			type: 'options',
			options: WEBHOOK_PLATFORMS.map((name) => ({ name, value: name })),
			default: 'Api',
			description: 'Only automations started by a webhook from this platform',
		},
	],
	request: (op) => {
		const p = op.params;
		const f = p.collection('filters');
		const qs = textQuery(p, f, 'search');
		const active = op.params.checkBoolean('isActive', f.isActive);
		if (active !== undefined) qs.is_active = active;
		const platform = p.checkText('webhookPlatform', f.webhookPlatform, {
			oneOf: WEBHOOK_PLATFORMS,
		});
		if (platform) qs.webhook_platform = platform;
		return { method: 'GET', path: `${API}/automations/`, qs };
	},
	pagination: drfPages(),
});
