import type { IDataObject } from 'n8n-workflow';

import type { OperationDef } from '../../../shared/definitions';
import { channelField } from '../../descriptions';

/** What 2Chat's `connection_status` letters mean (developers.2chat.co/docs/API/WhatsApp/list-numbers). */
const STATES: Record<string, string> = { C: 'connected', D: 'disconnected', F: 'failure' };

/**
 * GET /whatsapp/channel/{uuid}/status: `connection_status`, a `qr_code` when one is waiting and the
 * last 10 events, refreshed every 3 s (2ChatCo/agent-skills skills/2chat-whatsapp/SKILL.md "Get channel status").
 */
export const getStatus: OperationDef = {
	value: 'getStatus',
	name: 'Get Status',
	action: 'Get the connection status of a number',
	description: 'Get whether a connected number is online, with its QR code when it waits for one',
	properties: [channelField],
	run: async (op) => {
		const body = await op.request<IDataObject>({
			method: 'GET',
			path: `/whatsapp/channel/${op.params.id('channelUuid')}/status`,
		});
		// The envelope is not documented: the status is read at the top or under `data`.
		const data = (body.data && typeof body.data === 'object' ? body.data : body) as IDataObject;
		const code = typeof data.connection_status === 'string' ? data.connection_status : undefined;
		return { status: code ? (STATES[code] ?? code) : null, ...body };
	},
};
