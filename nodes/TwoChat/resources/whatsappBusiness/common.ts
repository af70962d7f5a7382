import type { IDataObject } from 'n8n-workflow';

import type { OperationContext } from '../../../shared/definitions';
import type { NextUrlPagination } from '../../../shared/pagination';
import { itemsAt } from '../../../shared/pagination';
import type { Params } from '../../../shared/params';
import { phoneKey } from '../../../shared/validation';
import { phone } from '../../readers';
import { twoChatSent } from '../../provider';

/** Sends to one To Number keep their item order when items run in parallel, however it is written. */
export function toNumberRecipient(op: OperationContext): string | undefined {
	const key = phoneKey(op.params.raw('toNumber', ''));
	return key === undefined ? undefined : `phone:${key}`;
}

/** The sender and recipient of a WABA send: `from_number`, `to_number`. */
export function wabaParties(p: Params): IDataObject {
	return {
		from_number: phone(p, 'wabaNumber'),
		to_number: p.readText('toNumber', { required: true, phone: true }),
	};
}

/** POST /waba/send-message (developers.2chat.co/docs/API/WhatsApp/WABA/send-message), answered with the message id first. */
export async function sendWaba(op: OperationContext, body: IDataObject): Promise<IDataObject> {
	return twoChatSent(await op.object({ method: 'POST', path: '/waba/send-message', body }));
}

/**
 * GET /waba/templates?phone_number=&page=: `page` is 0-based and the answer says `next_page`
 * (null after the last page) (developers.2chat.co/docs/API/WhatsApp/WABA/get-templates;
 * 2ChatCo/agent-skills skills/2chat-whatsapp-waba/SKILL.md). The number goes with its `+`, as
 * the docs ask ("E.164 … with leading plus sign"); the query encoder sends it as %2B.
 */
export function templatesPath(phone: string, page: number): string {
	// Relative to the credential's base URL (…/open/), as the pager resolves `next` links.
	return `waba/templates?phone_number=${encodeURIComponent(phone)}&page=${page}`;
}

export function templatePages(phone: string): NextUrlPagination {
	return {
		type: 'nextUrl',
		items: itemsAt('templates'),
		next: (body) => {
			const next = (body as IDataObject | undefined)?.next_page;
			return typeof next === 'number' || (typeof next === 'string' && /^\d+$/.test(next))
				? templatesPath(phone, Number(next))
				: null;
		},
	};
}

/**
 * The placeholders of a template's text, in the order WhatsApp fills them: `{{1}}`, `{{2}}`, …
 * by number, then any named ones in order of appearance (`template_content`, docs get-templates).
 */
export function placeholders(content: unknown): string[] {
	const found: string[] = [];
	for (const match of String(content ?? '').matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)) {
		if (!found.includes(match[1])) found.push(match[1]);
	}
	const numbered = found.filter((k) => /^\d+$/.test(k)).sort((a, b) => Number(a) - Number(b));
	return [...numbered, ...found.filter((k) => !/^\d+$/.test(k))];
}

/**
 * A template's text, shortened for a list entry or a field label, so "{{1}}"
 * reads in its sentence. `template_content` is documented (get-templates);
 * `language` is Meta's field name, shown when 2Chat gives it (guess).
 */
export function templateText(t: IDataObject, max = 60): string {
	const content = String(t.template_content ?? '').trim();
	return content.length > max ? `${content.slice(0, max - 1)}…` : content;
}

/** A template reduced to what a workflow usually reads. */
export function simplifyTemplate(t: IDataObject): IDataObject {
	return {
		uuid: t.uuid,
		name: t.name,
		status: t.status,
		category: t.category,
		template_content: t.template_content,
		variables: placeholders(t.template_content),
	};
}
