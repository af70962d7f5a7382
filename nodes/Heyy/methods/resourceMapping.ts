import type { IDataObject, ILoadOptionsFunctions, ResourceMapperFields } from 'n8n-workflow';

import { heyyList } from '../lists';
import { templateVariables } from './labels';
import { text } from '../../shared/listSearch';
import { locatorValue } from '../../shared/params';

/** The template chosen in the same node, from GET /message_templates (no single-template endpoint is documented). */
async function chosenTemplate(ctx: ILoadOptionsFunctions): Promise<IDataObject | undefined> {
	const raw = ctx.getCurrentNodeParameter('messageTemplateId') as unknown;
	const id = text(locatorValue(raw));
	if (!id) return undefined;
	const templates = await heyyList(ctx, { method: 'GET', path: '/message_templates' }, [
		'messageTemplates',
	]);
	return templates.find((t) => text(t.id) === id);
}

/** One required text field per variable of the chosen template, named as its placeholder. */
export async function getTemplateVariables(
	this: ILoadOptionsFunctions,
): Promise<ResourceMapperFields> {
	const template = await chosenTemplate(this);
	if (!template) return { fields: [] };
	return {
		fields: templateVariables(template).map((name) => ({
			id: name,
			displayName: name,
			required: true,
			defaultMatch: false,
			canBeUsedToMatch: false,
			display: true,
			type: 'string',
		})),
	};
}
