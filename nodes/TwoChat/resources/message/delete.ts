import type { OperationDef } from '../../../shared/operation';
import { messageIdField, sessionKeyField, sessionKeyInPath } from './common';

/**
 * DELETE /whatsapp/message/{session_key}/{uuid}: within 60 hours of sending; group admins
 * can delete any message (2ChatCo/agent-skills skills/2chat-whatsapp/SKILL.md "Delete a message").
 */
export const deleteMessage: OperationDef = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a message for everyone',
	description: 'Delete a sent message for everyone (only within 60 hours of sending)',
	properties: [sessionKeyField, messageIdField],
	run: async (op) => {
		const p = op.params;
		const session = sessionKeyInPath(p, 'sessionKey');
		const id = p.id('messageId');
		await op.request({ method: 'DELETE', path: `/whatsapp/message/${session}/${id}` });
		return { deleted: true, uuid: decodeURIComponent(id) };
	},
};
