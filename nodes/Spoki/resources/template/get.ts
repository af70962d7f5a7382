import type { OperationDef } from '../../../shared/definitions';
import { API } from '../../provider';
import { numericId } from '../../readers';
import type { IDataObject } from 'n8n-workflow';

import { simplifyField } from '../../descriptions';
import { channelIdField, readChannelId, simplifyTemplate, templateIdField } from './common';
import { optionsCollection } from '../../../shared/descriptions';

export const get: OperationDef = {
	value: 'get',
	name: 'Get',
	action: 'Get a template',
	description: 'Get a template with its translations, buttons and custom fields',
	properties: [templateIdField, simplifyField, optionsCollection([channelIdField])],
	run: async (op) => {
		const id = numericId(op.params, 'templateId');
		const channel = readChannelId(op.params, op.params.collection('options'));
		const template = await op.request<IDataObject>({
			method: 'GET',
			path: `${API}/templates/${id}/`,
			qs: channel ? { channel_id: channel } : undefined,
		});
		return op.params.readBoolean('simplify', true) ? simplifyTemplate(template) : template;
	},
};
