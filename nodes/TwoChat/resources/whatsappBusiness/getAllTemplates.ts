import { getMany } from '../../../shared/getMany';
import { wabaNumberField } from '../../descriptions';
import { phone } from '../../readers';
import { simplifyTemplate, templatePages, templatesPath } from './common';

/** GET /waba/templates of one WABA number, page by page (developers.2chat.co/docs/API/WhatsApp/WABA/get-templates). */
export const getAllTemplates = getMany({
	value: 'getAllTemplates',
	name: 'Get Many Templates',
	action: 'Get many WhatsApp Business templates',
	description:
		'Get the message templates of a WhatsApp Business number, with their approval status',
	fields: [wabaNumberField],
	simplify: simplifyTemplate,
	read: async (op) => {
		const number = phone(op.params, 'wabaNumber');
		return await op.list({ method: 'GET', url: templatesPath(number, 0) }, templatePages(number));
	},
});
