import type { IDataObject } from 'n8n-workflow';

export function text(value: unknown): string {
	return value === undefined || value === null ? '' : String(value).trim();
}

/** "Sales (+14155550100)", or the channel type when it has no WhatsApp number. */
export function channelLabel(c: IDataObject): string {
	const name = text(c.name) || text(c.id);
	const number = text((c.whatsappPhoneNumber as IDataObject | undefined)?.name);
	const detail = number || text(c.type);
	return detail && detail !== name ? `${name} (${detail})` : name;
}

/**
 * Whether a channel can send WhatsApp messages: its `type` (heyy.md 1.3; the webhook
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
