import type { IDataObject, ILoadOptionsFunctions, ResourceMapperFields } from 'n8n-workflow';

import { apiRequest } from '../../shared/transport';
import { API, spoki } from '../provider';
import { templateVariables } from '../resources/template/common';
import { locatorValue } from '../../shared/params';

function currentValue(ctx: ILoadOptionsFunctions, name: string): string {
	const raw = ctx.getCurrentNodeParameter(name) as unknown;
	const value = locatorValue(raw);
	return typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
}

/**
 * The picked template's `%%CODE%%` variables as fields, one per code found in
 * any translation's header, body or footer (GET /api/1/templates/{id}/,
 * `templatelocalization_set`, docs/api/spoki.md). Not marked required: Spoki
 * fills codes the contact already has (its name, its custom fields).
 */
export async function getTemplateVariables(
	this: ILoadOptionsFunctions,
): Promise<ResourceMapperFields> {
	const id = currentValue(this, 'templateId');
	if (!/^\d+$/.test(id)) return { fields: [] };
	const template = (await apiRequest(this, spoki, {
		method: 'GET',
		path: `${API}/templates/${id}/`,
	})) as IDataObject;
	const localizations = (
		Array.isArray(template?.templatelocalization_set) ? template.templatelocalization_set : []
	) as IDataObject[];
	const texts = localizations.flatMap((l) => [
		l.body,
		(l.header as IDataObject | null)?.text,
		(l.footer as IDataObject | null)?.text,
		l.header,
		l.footer,
	]);
	const codes = templateVariables(texts.filter((t) => typeof t === 'string').join('\n'));
	return {
		fields: codes.map((code) => ({
			id: code,
			displayName: code,
			required: false,
			defaultMatch: false,
			display: true,
			type: 'string',
		})),
	};
}
