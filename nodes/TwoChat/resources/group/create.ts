import type { IDataObject } from 'n8n-workflow';

import type { OperationDef } from '../../../shared/definitions';
import { isObject } from '../../../shared/objects';
import { fromNumberField } from '../../descriptions';
import { phone } from '../../readers';
import { participantsField, readParticipants } from './common';

/**
 * POST /whatsapp/group/create with `{from_number, group: {name, description, participants}}`,
 * at most 10 initial participants; the answer is `{success, group: {name, wa_group_id,
 * participants, accepted_numbers, unaccepted_numbers, uuid}}`
 * (developers.2chat.co/docs/API/WhatsApp/groups/create-group; 2ChatCo/agent-skills
 * skills/2chat-whatsapp-groups/SKILL.md "Create group").
 */
export const create: OperationDef = {
	value: 'create',
	name: 'Create',
	action: 'Create a group',
	description: 'Create a WhatsApp group with up to 10 first participants',
	properties: [
		fromNumberField,
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'VIP customers',
		},
		participantsField,
		{
			displayName: 'Description',
			name: 'description',
			type: 'string',
			typeOptions: { rows: 3 },
			default: '',
		},
	],
	run: async (op) => {
		const p = op.params;
		const group: IDataObject = {
			name: p.readText('name', { required: true, maxLength: 100 }),
			participants: readParticipants(p),
		};
		const description = p.readOptionalText('description', { maxLength: 2048 });
		if (description) group.description = description;
		const answer = await op.request<IDataObject>({
			method: 'POST',
			path: '/whatsapp/group/create',
			body: { from_number: phone(p, 'fromNumber'), group },
		});
		const created = isObject(answer.group) ? answer.group : {};
		return { groupId: created.uuid ?? null, ...answer };
	},
};
