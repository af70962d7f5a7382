import type { IDataObject } from 'n8n-workflow';

import type { OperationDef } from '../../../shared/definitions';
import { records } from '../../operations';
import { messageIdField, messagePath, sessionKeyField } from './common';

/** Delivery states of `wa_msg_ack` (skill 2chat-whatsapp: 0 created, 1 sent, 2 received, 3 read). */
const ACK: Record<number, string> = { 0: 'created', 1: 'sent', 2: 'received', 3: 'read' };

/** The message with its delivery status first. */
function withDeliveryStatus(body: IDataObject): IDataObject {
	// `{success, message: {…, wa_msg_ack}}` (docs); `data` and the bare body are read too, in case.
	const message = ((body.message ?? body.data ?? body) as IDataObject) || {};
	const ack = typeof message.wa_msg_ack === 'number' ? message.wa_msg_ack : undefined;
	return { deliveryStatus: ack === undefined ? null : (ACK[ack] ?? String(ack)), ...message };
}

/** GET /whatsapp/message/{session_key}/{uuid} (developers.2chat.co/docs/API/WhatsApp/get-single-message). */
export const get: OperationDef = {
	...records.get(
		'Get a message and its delivery status',
		'Get one message, with its delivery status (sent, received, read)',
		[sessionKeyField, messageIdField],
		messagePath,
		withDeliveryStatus,
	),
	name: 'Get Status',
};
