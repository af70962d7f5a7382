import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { Params } from '../../../shared/params';
import { idLocator } from '../../descriptions';

export const templateIdField = idLocator({
	displayName: 'Template',
	name: 'templateId',
	searchMethod: 'searchTemplates',
	placeholder: '301',
	description: 'The template, searched by name or text, or given by its numeric ID',
});

export const channelIdField: INodeProperties = {
	displayName: 'Channel ID',
	name: 'channelId',
	type: 'string',
	default: '',
	description:
		'The numeric ID of one of your WhatsApp channels (numbers), when the account has several',
};

export function readChannelId(p: Params, fields: IDataObject): string {
	return p.checkText('channelId', fields.channelId, {
		pattern: { regex: /^\d+$/, hint: 'must be a numeric channel ID' },
	});
}

/** The `%%CODE%%` variables of a template text (Spoki's placeholder syntax, docs/api/spoki.md). */
export function templateVariables(text: string): string[] {
	return [...new Set([...text.matchAll(/%%([A-Za-z][A-Za-z0-9_]*)%%/g)].map((m) => m[1]))];
}

/** A template without its nested sets: one entry per translation, with its variables. */
export function simplifyTemplate(t: IDataObject): IDataObject {
	const localizations = (
		Array.isArray(t.templatelocalization_set) ? t.templatelocalization_set : []
	) as IDataObject[];
	return {
		id: t.id,
		name: t.name,
		category: t.category,
		is_approved: t.is_approved,
		translations: localizations.map((l) => ({
			language: l.language,
			status: l.status,
			body: l.body,
			variables: templateVariables(String(l.body ?? '')),
		})),
	};
}
