import type { OperationDef } from '../../../shared/operation';
import { API, numericId } from '../../provider';
import { channelIdField, readChannelId, templateIdField } from './common';

export const get: OperationDef = {
	value: 'get',
	name: 'Get',
	action: 'Get a template',
	description: 'Get a template with its translations, buttons and custom fields',
	properties: [
		templateIdField,
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [channelIdField],
		},
	],
	run: async (op) => {
		const id = numericId(op.params, 'templateId');
		const channel = readChannelId(op.params, op.params.collection('options'));
		return await op.request({
			method: 'GET',
			path: `${API}/templates/${id}/`,
			qs: channel ? { channel_id: channel } : undefined,
		});
	},
};
