import type { IDataObject } from 'n8n-workflow';

import type { OperationDef } from '../../../shared/definitions';
import { unwrap } from '../../provider';
import { webhookIdField } from './common';
import { plainField, updateFields } from '../../../shared/descriptions';

export const update: OperationDef = {
	value: 'update',
	name: 'Update',
	action: 'Update an API webhook',
	description: 'Change the URL of an API webhook, or switch it on or off',
	properties: [
		webhookIdField,
		updateFields([
			{
				displayName: 'Active',
				name: 'isActive',
				type: 'boolean',
				default: true,
				description: 'Whether Heyy sends events to the webhook',
			},
			plainField('URL', 'url', { placeholder: 'https://example.com/heyy-events' }),
		]),
	],
	run: async (op) => {
		const p = op.params;
		const id = p.id('webhookId');
		const fields = p.collection('updateFields');
		const body: IDataObject = {};
		if (fields.url !== undefined)
			body.url = p.checkText('url', fields.url, { required: true, url: true, maxLength: 2048 });
		if (fields.isActive !== undefined) {
			if (typeof fields.isActive !== 'boolean')
				throw p.invalid('isActive', 'must be true or false');
			body.isActive = fields.isActive;
		}
		if (Object.keys(body).length === 0) throw p.required('updateFields', 'Add the URL or Active.');
		return unwrap(await op.request({ method: 'PUT', path: `/api_webhooks/${id}`, body }));
	},
};
