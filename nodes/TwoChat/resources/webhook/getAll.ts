import type { IDataObject } from 'n8n-workflow';

import type { OperationDef } from '../../../shared/operation';
import { returnAllOrLimit } from '../../../shared/operation';
import { itemsAt } from '../../../shared/pagination';
import { channelFilterField } from '../../descriptions';
import { filtersCollection, recordsKept } from '../../../shared/factories';

/**
 * GET /webhooks, or GET /webhooks/channel/{uuid} for one number (developers.2chat.co/docs/API/WhatsApp/webhooks/list-all-webhooks;
 * 2ChatCo/agent-skills skills/2chat-webhooks/SKILL.md). The docs answer `{webhooks: [...]}`; 2Chat's own
 * n8n trigger expects a bare array: both are read.
 */
export const getAll: OperationDef = {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many webhook subscriptions',
	description: 'Get the webhook subscriptions of the account or of one connected number',
	properties: [
		...returnAllOrLimit(),
		filtersCollection([
			{
				...channelFilterField,
				description: 'Only subscriptions of this connected number or virtual number (its UUID)',
			},
		]),
	],
	run: async (op) => {
		const p = op.params;
		const keep = recordsKept(p);
		const channel = p.checkText('channel_uuid', p.collection('filters').channel_uuid, {
			maxLength: 200,
		});
		const path = channel ? `/webhooks/channel/${p.segment('channel_uuid', channel)}` : '/webhooks';
		const hooks = itemsAt(
			'webhooks',
			'data',
		)(await op.request<IDataObject>({ method: 'GET', path }));
		return keep(hooks);
	},
};
