import type { IDataObject } from 'n8n-workflow';

import type { OperationDef } from '../../../shared/operation';
import { messageIdField, sessionKeyField, sessionKeyInPath } from './common';

/** Delivery states of `wa_msg_ack` (skill 2chat-whatsapp: 0 created, 1 sent, 2 received, 3 read). */
const ACK: Record<number, string> = { 0: 'created', 1: 'sent', 2: 'received', 3: 'read' };

/** GET /whatsapp/message/{session_key}/{uuid} (developers.2chat.co/docs/API/WhatsApp/get-single-message). */
export const get: OperationDef = {
	value: 'get',
	name: 'Get Status',
	action: 'Get a message and its delivery status',
	description: 'Get one message, with its delivery status (sent, received, read)',
	properties: [sessionKeyField, messageIdField],
	run: async (op) => {
		const p = op.params;
		const session = sessionKeyInPath(p, 'sessionKey');
		const id = p.id('messageId');
		const body = await op.request<IDataObject>({
			method: 'GET',
			path: `/whatsapp/message/${session}/${id}`,
		});
		// `{success, message: {…, wa_msg_ack}}` (docs); `data` and the bare body are read too, in case.
		const message = ((body.message ?? body.data ?? body) as IDataObject) || {};
		const ack = typeof message.wa_msg_ack === 'number' ? message.wa_msg_ack : undefined;
		return { deliveryStatus: ack === undefined ? null : (ACK[ack] ?? String(ack)), ...message };
	},
};
