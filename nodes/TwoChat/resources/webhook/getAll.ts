import { getMany } from '../../../shared/getMany';
import { itemsAt, whole } from '../../../shared/pagination';
import { channelFilterField } from '../../descriptions';

/**
 * GET /webhooks, or GET /webhooks/channel/{uuid} for one number (developers.2chat.co/docs/API/WhatsApp/webhooks/list-all-webhooks;
 * 2ChatCo/agent-skills skills/2chat-webhooks/SKILL.md). The docs answer `{webhooks: [...]}`; 2Chat's own
 * n8n trigger expects a bare array: both are read.
 */
export const getAll = getMany({
	action: 'Get many webhook subscriptions',
	description: 'Get the webhook subscriptions of the account or of one connected number',
	filters: [
		{
			...channelFilterField,
			description: 'Only subscriptions of this connected number or virtual number (its UUID)',
		},
	],
	request: (op) => {
		const p = op.params;
		const channel = p.checkText('channel_uuid', p.collection('filters').channel_uuid, {
			maxLength: 200,
		});
		const path = channel ? `/webhooks/channel/${p.segment('channel_uuid', channel)}` : '/webhooks';
		return { method: 'GET', path };
	},
	pagination: whole(itemsAt('webhooks', 'data')),
});
