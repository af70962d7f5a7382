import { channelField } from '../../descriptions';
import { records } from '../../operations';

/** GET /whatsapp/channel/{uuid} (2ChatCo/agent-skills skills/2chat-whatsapp/SKILL.md "Get number details"). */
export const get = records.get(
	'Get a connected number',
	'Get the settings of one connected number',
	[channelField],
	(p) => `/whatsapp/channel/${p.id('channelUuid')}`,
);
