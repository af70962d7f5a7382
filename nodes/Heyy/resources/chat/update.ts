import type { IDataObject } from 'n8n-workflow';

import { locatorKey } from '../../readers';
import type { OperationDef } from '../../../shared/definitions';
import { channelField } from '../../descriptions';
import { unwrap } from '../../provider';
import { chatIdField } from './common';
import { updateFields } from '../../../shared/descriptions';

export const update: OperationDef = {
	value: 'update',
	name: 'Update',
	action: 'Update a chat',
	description: 'Change the status, assignee or unread flag of a conversation',
	properties: [
		channelField,
		chatIdField,
		updateFields([
			{
				displayName: 'Assigned Team ID',
				name: 'assignedTeamId',
				type: 'string',
				default: '',
				description: 'Team to assign the chat to',
			},
			{
				displayName: 'Assigned User ID',
				name: 'assignedUserId',
				type: 'string',
				default: '',
				description: 'User (agent) to assign the chat to',
			},
			{
				displayName: 'Status',
				name: 'status',
				type: 'string',
				default: '',
				description: "The chat status as Heyy names it (see a chat's status from Chat › Get)",
			},
			{
				displayName: 'Unread',
				name: 'isUnread',
				type: 'boolean',
				default: false,
				description: 'Whether the chat is marked as unread',
			},
		]),
	],
	// Writes to the same chat go out one after the other, in item order, even in parallel.
	recipient: (op) => locatorKey(op.params.raw('chatId', '')),
	run: async (op) => {
		const p = op.params;
		const channel = p.id('channelId');
		const chat = p.id('chatId');
		const fields = p.collection('updateFields');
		const body: IDataObject = {};
		for (const key of ['status', 'assignedUserId', 'assignedTeamId'] as const) {
			if (fields[key] !== undefined)
				body[key] = p.checkText(key, fields[key], { required: true, maxLength: 200 });
		}
		if (fields.isUnread !== undefined) {
			if (typeof fields.isUnread !== 'boolean')
				throw p.invalid('isUnread', 'must be true or false');
			body.isUnread = fields.isUnread;
		}
		if (Object.keys(body).length === 0)
			throw p.required('updateFields', 'Add at least one field to update.');
		return unwrap(await op.request({ method: 'PUT', path: `/${channel}/chats/${chat}`, body }));
	},
};
