import type { IDataObject } from 'n8n-workflow';
import { text } from '../../shared/listSearch';

/** "Sales (+14155550100)", or the channel type when it has no WhatsApp number. */
export function channelLabel(c: IDataObject): string {
	const name = text(c.name) || text(c.id);
	const number = text((c.whatsappPhoneNumber as IDataObject | undefined)?.name);
	const detail = number || text(c.type);
	return detail && detail !== name ? `${name} (${detail})` : name;
}

/**
 * Whether a channel can send WhatsApp messages: its `type` (Pipedream heyy.app.mjs; the webhook
 * object model writes it "whatsapp"), or a WhatsApp number when the type is missing.
 */
export function isWhatsApp(c: IDataObject): boolean {
	const type = text(c.type).toLowerCase();
	if (type) return type === 'whatsapp';
	return text((c.whatsappPhoneNumber as IDataObject | undefined)?.name) !== '';
}

/** "order_update (en)": the language, and the status when it is not APPROVED. */
export function templateLabel(t: IDataObject): string {
	const details = [text(t.language), text(t.status)].filter((d) => d && d !== 'APPROVED');
	const name = text(t.name) || text(t.id);
	return details.length ? `${name} (${details.join(', ')})` : name;
}

const PLACEHOLDER = /\{\{\s*([A-Za-z_][\w.-]*)\s*\}\}/g;

/**
 * The variable names of a Heyy template. No source shows a template object
 * beyond `id` and `name` (guess): names are read from a `variables` list
 * (entries with `name` or `key`) and from `{{name}}` placeholders in any of
 * its text, the form Heyy's named `variables: [{name, value}]` fill.
 */
export function templateVariables(template: IDataObject): string[] {
	const names = new Set<string>();
	if (Array.isArray(template.variables)) {
		for (const entry of template.variables as unknown[]) {
			const name =
				typeof entry === 'string'
					? entry
					: text((entry as IDataObject)?.name ?? (entry as IDataObject)?.key);
			if (name) names.add(name);
		}
	}
	const visit = (value: unknown, depth: number): void => {
		if (depth > 6) return;
		if (typeof value === 'string') {
			for (const match of value.matchAll(PLACEHOLDER)) names.add(match[1]);
		} else if (Array.isArray(value)) {
			for (const entry of value) visit(entry, depth + 1);
		} else if (value !== null && typeof value === 'object') {
			for (const entry of Object.values(value)) visit(entry, depth + 1);
		}
	};
	visit(template, 0);
	return [...names];
}
