import type { ResourceDef } from '../../../shared/definitions';
import { getAllNumbers } from './getAllNumbers';
import { getAllTemplates } from './getAllTemplates';
import { getNumber } from './getNumber';
import { send } from './send';
import { sendInteractive } from './sendInteractive';
import { sendTemplate } from './sendTemplate';
import { syncTemplates } from './syncTemplates';

export const whatsappBusiness: ResourceDef = {
	value: 'whatsappBusiness',
	name: 'WhatsApp Business',
	description: 'Numbers connected through the WhatsApp Business API (WABA)',
	operations: [
		send,
		getAllNumbers,
		getAllTemplates,
		getNumber,
		sendInteractive,
		sendTemplate,
		syncTemplates,
	],
};
