import { records } from '../../operations';
import { messageIdField, messagePath, sessionKeyField } from './common';

/**
 * DELETE /whatsapp/message/{session_key}/{uuid}: within 60 hours of sending; group admins
 * can delete any message (2ChatCo/agent-skills skills/2chat-whatsapp/SKILL.md "Delete a message").
 */
export const deleteMessage = records.delete(
	'Delete a message for everyone',
	'Delete a sent message for everyone (only within 60 hours of sending)',
	[sessionKeyField, messageIdField],
	messagePath,
);
