import type { OperationDef } from '../../../shared/operation';
import { returnAllOrLimit } from '../../../shared/operation';
import { simplifyField, wabaNumberField } from '../../descriptions';
import { phone } from '../../readers';
import { simplifyTemplate, templatePages, templatesPath } from './common';

/** GET /waba/templates of one WABA number, page by page (developers.2chat.co/docs/API/WhatsApp/WABA/get-templates). */
export const getAllTemplates: OperationDef = {
	value: 'getAllTemplates',
	name: 'Get Many Templates',
	action: 'Get many WhatsApp Business templates',
	description:
		'Get the message templates of a WhatsApp Business number, with their approval status',
	properties: [wabaNumberField, ...returnAllOrLimit(), simplifyField],
	run: async (op) => {
		const p = op.params;
		const number = phone(p, 'wabaNumber');
		const simplify = p.readBoolean('simplify', true);
		const templates = await op.list(
			{ method: 'GET', url: templatesPath(number, 0) },
			templatePages(number),
		);
		return simplify ? templates.map(simplifyTemplate) : templates;
	},
};
