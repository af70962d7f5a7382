import type { IDataObject } from 'n8n-workflow';

import type { OperationDef } from '../../../shared/operation';
import { fromNumberField, groupField } from '../../descriptions';
import { idValue } from '../../readers';

export const get: OperationDef = {
	value: 'get',
	name: 'Get',
	action: 'Get a group and its participants',
	description: 'Get the details and participants of a group',
	properties: [
		{
			...fromNumberField,
			required: false,
			description: 'Used only to list the groups to choose from',
		},
		groupField,
	],
	run: async (op) => {
		const body = await op.request<IDataObject>({
			method: 'GET',
			path: `/whatsapp/group/${op.params.segment('groupUuid', idValue(op.params, 'groupUuid'))}`,
		});
		return (body.data as IDataObject) ?? body;
	},
};
