import type { OperationDef } from '../../../shared/operation';
import { channelField } from '../../descriptions';

/** GET /whatsapp/channel/{uuid} (2ChatCo/agent-skills skills/2chat-whatsapp/SKILL.md "Get number details"). */
export const get: OperationDef = {
	value: 'get',
	name: 'Get',
	action: 'Get a connected number',
	description: 'Get the settings of one connected number',
	properties: [channelField],
	run: async (op) =>
		await op.request({ method: 'GET', path: `/whatsapp/channel/${op.params.id('channelUuid')}` }),
};
