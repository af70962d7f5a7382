import type { IDataObject } from 'n8n-workflow';

import type { OperationDef } from '../../../shared/definitions';
import { fromNumberField, groupField } from '../../descriptions';
import { idValue, phone } from '../../readers';
import { groupRecipient } from './common';

/** POST /whatsapp/group/{uuid}/set-description with `{from_number, description}` (skill 2chat-whatsapp-groups). */
export const setDescription: OperationDef = {
	value: 'setDescription',
	name: 'Set Description',
	action: 'Set the description of a group',
	description: "Replace a group's description",
	properties: [
		fromNumberField,
		groupField,
		{
			displayName: 'Description',
			name: 'description',
			type: 'string',
			typeOptions: { rows: 3 },
			default: '',
			description: 'The new description; empty clears it',
		},
	],
	recipient: (op) => groupRecipient(op.params),
	run: async (op) => {
		const p = op.params;
		const body: IDataObject = {
			from_number: phone(p, 'fromNumber'),
			description: p.readText('description', { maxLength: 2048 }),
		};
		const group = p.segment('groupUuid', idValue(p, 'groupUuid'));
		const answer = await op.request<IDataObject>({
			method: 'POST',
			path: `/whatsapp/group/${group}/set-description`,
			body,
		});
		return { group_uuid: decodeURIComponent(group), description: body.description, ...answer };
	},
};
