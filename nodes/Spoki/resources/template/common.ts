import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { Params } from '../../../shared/params';

export const templateIdField: INodeProperties = {
	displayName: 'Template Name or ID',
	name: 'templateId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getTemplates' },
	required: true,
	default: '',
	description:
		'The template. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

export const channelIdField: INodeProperties = {
	displayName: 'Channel ID',
	name: 'channelId',
	type: 'string',
	default: '',
	description:
		'The numeric ID of one of your WhatsApp channels (numbers), when the account has several',
};

export function readChannelId(p: Params, fields: IDataObject): string {
	return p.check('channelId', fields.channelId, {
		pattern: { regex: /^\d+$/, hint: 'must be a numeric channel ID' },
	});
}
