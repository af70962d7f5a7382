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
		// Read before the request, like every input: a bad value is refused before anything is asked.
		const simplify = op.params.readBoolean('simplify', true);
		const template = await op.request<IDataObject>({
			method: 'GET',
			path: `${API}/templates/${id}/`,
			qs: channel ? { channel_id: channel } : undefined,
		});
		return simplify ? simplifyTemplate(template) : template;
	},
};
