import type { IDataObject } from 'n8n-workflow';

import type { OperationDef } from '../../../shared/definitions';
import { channelField } from '../../descriptions';
import { unwrap } from '../../provider';
import { locatorKey } from '../../readers';
import { tenantId } from '../../tenant';
import { WEBHOOK_TYPE_VALUES, WEBHOOK_TYPES } from '../../webhookTypes';
import { additionalFields } from '../../../shared/descriptions';

export const create: OperationDef = {
	value: 'create',
	name: 'Create',
	action: 'Create an API webhook',
	description: 'Have Heyy send one type of event to a URL',
	properties: [
		{
			displayName: 'Event Type',
			name: 'type',
			type: 'options',
			options: WEBHOOK_TYPES,
			required: true,
			default: 'WHATSAPP_MESSAGE_RECEIVED',
		},
		{
			displayName: 'URL',
			name: 'url',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'https://example.com/heyy-events',
			description: 'Public HTTPS address that receives the events',
		},
		additionalFields([
			{
				...channelField,
				required: false,
				description: 'Only events of this channel; leave empty for every channel',
			},
			{
				displayName: 'Tenant ID',
				name: 'tenantId',
				type: 'string',
				default: '',
				description:
					"Workspace ID; leave empty to use the credential's, or to read it from the workspace",
			},
		]),
	],
	run: async (op) => {
		const p = op.params;
		const body: IDataObject = {
			type: p.readText('type', { required: true, oneOf: WEBHOOK_TYPE_VALUES }),
			url: p.readText('url', { required: true, url: true, maxLength: 2048 }),
		};
		const fields = p.collection('additionalFields');
		const channel = p.checkText('channelId', locatorKey(fields.channelId), { maxLength: 200 });
		const given = p.checkText('tenantId', fields.tenantId);
		body.tenantId = await tenantId(op.ctx, given || undefined, op.itemIndex);
		if (channel) body.channelId = channel;
		return unwrap(await op.request({ method: 'POST', path: '/api_webhooks', body }));
	},
};
