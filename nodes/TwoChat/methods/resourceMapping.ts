import type { IDataObject, ILoadOptionsFunctions, ResourceMapperFields } from 'n8n-workflow';

import { itemsAt } from '../../shared/pagination';
import { apiRequest } from '../../shared/transport';
import { toE164 } from '../../shared/validation';
import { twoChat } from '../provider';
import { placeholders, templatesPath, templateText } from '../resources/whatsappBusiness/common';
import { locatorValue } from '../../shared/params';

/** Pages read at most while looking for the picked template (2Chat has no get-template endpoint). */
const MAX_PAGES = 50;

function currentValue(ctx: ILoadOptionsFunctions, name: string): string {
	const raw = ctx.getCurrentNodeParameter(name) as unknown;
	const value = locatorValue(raw);
	return typeof value === 'string' ? value.trim() : '';
}

/**
 * The picked template's placeholders as fields, `{{1}}` first, each required: WhatsApp refuses a
 * template send with a placeholder left out. Read from `template_content` of GET /waba/templates
 * (developers.2chat.co/docs/API/WhatsApp/WABA/get-templates).
 */
export async function getTemplateVariables(
	this: ILoadOptionsFunctions,
): Promise<ResourceMapperFields> {
	const phone = toE164(currentValue(this, 'wabaNumber'));
	const uuid = currentValue(this, 'template');
	if (!phone || !uuid) return { fields: [] };
	let page: number | null = 0;
	for (let read = 0; page !== null && read < MAX_PAGES; read++) {
		const body = (await apiRequest(this, twoChat, {
			method: 'GET',
			url: templatesPath(phone, page),
		})) as IDataObject;
		const template = itemsAt('templates')(body).find((t) => t.uuid === uuid);
		if (template) {
			return {
				fields: placeholders(template.template_content).map((id) => ({
					id,
					displayName: templateText(template)
						? `{{${id}}} in "${templateText(template)}"`
						: `{{${id}}}`,
					required: true,
					defaultMatch: false,
					display: true,
					type: 'string',
				})),
			};
		}
		const next = body.next_page;
		page =
			typeof next === 'number'
				? next
				: typeof next === 'string' && /^\d+$/.test(next)
					? Number(next)
					: null;
	}
	return { fields: [] };
}
