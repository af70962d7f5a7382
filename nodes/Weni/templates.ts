import type {
	IDataObject,
	IExecuteFunctions,
	ILoadOptionsFunctions,
	INodePropertyOptions,
	ResourceMapperFields,
} from 'n8n-workflow';

import type { OperationContext } from '../shared/definitions';
import { perRun } from '../shared/perRun';
import { apiRequest } from '../shared/transport';
import { cursor, endpoint, weni } from './provider';

/**
 * One WhatsApp template of Weni Flows by UUID: TemplatesEndpoint filters `uuid`
 * and lists approved translations by default; each translation has `language`,
 * `content` and `variable_count` (weni-ai/flows temba/api/v2/views.py
 * TemplatesEndpoint, serializers.py TemplateReadSerializer).
 */
export async function templateByUuid(
	ctx: IExecuteFunctions | ILoadOptionsFunctions,
	uuid: string,
): Promise<IDataObject | undefined> {
	const body = await apiRequest(ctx, weni, {
		method: 'GET',
		path: endpoint('templates'),
		qs: { uuid },
	});
	return cursor.items(body).find((t) => String(t.uuid).toLowerCase() === uuid.toLowerCase());
}

export function translationsOf(template: IDataObject | undefined): IDataObject[] {
	return Array.isArray(template?.translations) ? (template.translations as IDataObject[]) : [];
}

/** The translation a send uses: the chosen locale's, else the first (Weni's own choice is not documented). */
export function translationFor(
	template: IDataObject,
	locale: string | undefined,
): IDataObject | undefined {
	const all = translationsOf(template);
	if (!locale) return all[0];
	const wanted = locale.toLowerCase().replace('_', '-');
	return all.find((t) => String(t.language).toLowerCase().replace('_', '-') === wanted);
}

/** `{{1}}`… `{{n}}` of a translation: its variable_count. */
export function variableCount(translation: IDataObject | undefined): number {
	const count = Number(translation?.variable_count);
	return Number.isInteger(count) && count >= 0 ? count : 0;
}

function chosen(ctx: ILoadOptionsFunctions, name: string): string {
	const raw = ctx.getCurrentNodeParameter(name) as unknown;
	const value = raw !== null && typeof raw === 'object' ? (raw as IDataObject).value : raw;
	return typeof value === 'string' ? value.trim() : '';
}

/** One required field per variable of the chosen template (and locale), `{{1}}` first. */
export async function getTemplateVariables(
	this: ILoadOptionsFunctions,
): Promise<ResourceMapperFields> {
	const uuid = chosen(this, 'template');
	if (!uuid) return { fields: [] };
	const template = await templateByUuid(this, uuid);
	if (!template) return { fields: [] };
	const translation = translationFor(template, chosen(this, 'locale') || undefined);
	const content = typeof translation?.content === 'string' ? translation.content.trim() : '';
	// The template's text says what each placeholder stands for ("Oi {{1}}, tudo certo…").
	const text = content.length > 60 ? `${content.slice(0, 59)}…` : content;
	return {
		fields: Array.from({ length: variableCount(translation) }, (_, i) => {
			const id = String(i + 1);
			return {
				id,
				displayName: text ? `{{${id}}} in "${text}"` : `{{${id}}}`,
				required: true,
				defaultMatch: false,
				canBeUsedToMatch: false,
				display: true,
				type: 'string' as const,
			};
		}),
	};
}

/** The chosen template's languages, from its translations; empty lets Weni choose. */
export async function getTemplateLocales(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	const uuid = chosen(this, 'template');
	const template = uuid ? await templateByUuid(this, uuid) : undefined;
	const languages = [...new Set(translationsOf(template).map((t) => String(t.language)))];
	return [
		{ name: 'Let Weni Choose', value: '', description: "The template's language Weni picks" },
		...languages.sort().map((language) => ({ name: language, value: language })),
	];
}

/**
 * WhatsApp refuses a template sent with another number of values than it has
 * placeholders, after Weni has accepted the broadcast: the count is checked
 * against the template's translation first (read once per run and template):
 * by Send Template, and by a send's "Send a Template Instead" before anything is sent.
 */
export async function checkVariableCount(
	op: OperationContext,
	uuid: string,
	locale: string | undefined,
	variables: string[],
	fields = { template: 'template', variables: 'templateVariables' },
): Promise<void> {
	const p = op.params;
	const template = await perRun(op.ctx, `weni-template:${uuid}`, () =>
		templateByUuid(op.ctx, uuid),
	);
	if (!template) {
		throw p.invalid(
			fields.template,
			`names no approved template of this workspace (got "${uuid}")`,
			"Pick the template from the list; Template › Get Many lists the workspace's templates.",
		);
	}
	const translation = translationFor(template, locale) ?? translationsOf(template)[0];
	if (!translation) return;
	const expected = variableCount(translation);
	if (variables.length !== expected) {
		throw p.invalid(
			fields.variables,
			`holds ${variables.length} values; template "${String(template.name)}" (${String(translation.language)}) takes ${expected}`,
			expected
				? `Give one value for each of {{1}} to {{${expected}}}.`
				: 'Leave the variables empty.',
		);
	}
}
