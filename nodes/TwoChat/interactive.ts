import type { IDataObject } from 'n8n-workflow';

import type { Params } from '../shared/params';

/**
 * WhatsApp interactive messages as 2Chat sends them for a WABA number: Meta's `interactive`
 * object inside `payload` of POST /waba/send-message (2ChatCo/2chat-n8n, 2Chat's own n8n node,
 * nodes/TwoChat/v1/actions/waba/sendInteractive/execute.ts). The builders here are pure, so any
 * operation that sends reply buttons or a list (Send Interactive, a send that waits for the tap)
 * builds the same body.
 */

/**
 * Meta's bounds (developers.facebook.com/docs/whatsapp/cloud-api/messages/
 * interactive-reply-buttons-messages, interactive-list-messages, interactive-cta-url-messages):
 * body 1,024 characters, header and footer 60; up to 3 reply buttons, title 20, ID 256; a list's
 * button 20, up to 10 sections (title 24, required when there are several) and 10 rows in all
 * (title 24, description 72, ID 200); a URL button's text 20. IDs must differ within a message.
 */
export const INTERACTIVE_LIMITS = {
	body: 1024,
	header: 60,
	footer: 60,
	buttons: 3,
	buttonTitle: 20,
	buttonId: 256,
	listButton: 20,
	sections: 10,
	sectionTitle: 24,
	rows: 10,
	rowTitle: 24,
	rowDescription: 72,
	rowId: 200,
	ctaText: 20,
} as const;

/** The texts around every interactive message: the body, and an optional text header and footer. */
export interface InteractiveText {
	body: string;
	header?: string;
	footer?: string;
}

export interface ReplyButton {
	id: string;
	title: string;
}

export interface ListRow {
	id: string;
	title: string;
	description?: string;
}

export interface ListSection {
	title?: string;
	rows: ListRow[];
}

function framed(type: string, text: InteractiveText, action: IDataObject): IDataObject {
	const interactive: IDataObject = { type };
	if (text.header) interactive.header = { type: 'text', text: text.header };
	interactive.body = { text: text.body };
	if (text.footer) interactive.footer = { text: text.footer };
	interactive.action = action;
	return interactive;
}

/** Up to 3 quick-reply buttons: `{type: 'button', action: {buttons: [{type: 'reply', reply: {id, title}}]}}`. */
export function replyButtons(text: InteractiveText, buttons: ReplyButton[]): IDataObject {
	return framed('button', text, {
		buttons: buttons.map(({ id, title }) => ({ type: 'reply', reply: { id, title } })),
	});
}

/** A button opening a list of rows in sections: `{type: 'list', action: {button, sections}}`. */
export function listMessage(
	text: InteractiveText,
	button: string,
	sections: ListSection[],
): IDataObject {
	return framed('list', text, {
		button,
		sections: sections.map((section) => ({
			...(section.title ? { title: section.title } : {}),
			rows: section.rows.map((row) => ({
				id: row.id,
				title: row.title,
				...(row.description ? { description: row.description } : {}),
			})),
		})),
	});
}

/** One button opening a URL: `{type: 'cta_url', action: {name: 'cta_url', parameters: {display_text, url}}}`. */
export function ctaUrl(text: InteractiveText, displayText: string, url: string): IDataObject {
	return framed('cta_url', text, {
		name: 'cta_url',
		parameters: { display_text: displayText, url },
	});
}

/** The body of POST /waba/send-message carrying an interactive message. */
export function interactiveBody(parties: IDataObject, interactive: IDataObject): IDataObject {
	return { ...parties, payload: { interactive } };
}

/** Reads the body text and the optional header and footer (from `options`), within Meta's bounds. */
export function readInteractiveText(p: Params, body = 'bodyText'): InteractiveText {
	const options = p.collection('options');
	const text: InteractiveText = {
		body: p.readText(body, { required: true, maxLength: INTERACTIVE_LIMITS.body }),
	};
	const header = p.checkText('headerText', options.headerText, {
		maxLength: INTERACTIVE_LIMITS.header,
	});
	if (header) text.header = header;
	const footer = p.checkText('footerText', options.footerText, {
		maxLength: INTERACTIVE_LIMITS.footer,
	});
	if (footer) text.footer = footer;
	return text;
}

/** Refuses a second use of the same ID within one message, naming the field. */
function uniqueIds(p: Params, field: string, ids: string[]): void {
	const seen = new Set<string>();
	for (const id of ids) {
		if (seen.has(id))
			throw p.invalid(field, `repeats "${id}": each must differ within one message`);
		seen.add(id);
	}
}

/** Checks the count of a list against Meta's bounds, naming the field. */
function counted<T>(p: Params, field: string, list: T[], max: number, what: string): T[] {
	if (list.length === 0) throw p.required(field, `Add at least one ${what}.`);
	if (list.length > max)
		throw p.tooMany(field, list.length, `${what}s`, `WhatsApp shows at most ${max}`);
	return list;
}

/**
 * The reply buttons of a `buttons` fixedCollection (`{button: [{buttonTitle, buttonId}]}`). A button
 * without an ID takes its title as ID, which is what a reply then carries back.
 */
export function readReplyButtons(p: Params, name = 'buttons'): ReplyButton[] {
	const L = INTERACTIVE_LIMITS;
	const buttons = counted(p, name, p.entries(name, 'button'), L.buttons, 'button').map((entry) => {
		const title = p.checkText('buttonTitle', entry.buttonTitle, {
			required: true,
			maxLength: L.buttonTitle,
		});
		const id = p.checkText('buttonId', entry.buttonId, { maxLength: L.buttonId }) || title;
		return { id, title };
	});
	uniqueIds(
		p,
		'buttonId',
		buttons.map((b) => b.id),
	);
	return buttons;
}

/** The sections of a `sections` fixedCollection, each with its `rows` (`{row: [...]}`), within Meta's bounds. */
export function readListSections(p: Params, name = 'sections'): ListSection[] {
	const L = INTERACTIVE_LIMITS;
	const entries = counted(p, name, p.entries(name, 'section'), L.sections, 'section');
	const sections = entries.map((entry) => {
		const title = p.checkText('sectionTitle', entry.sectionTitle, { maxLength: L.sectionTitle });
		const rows = p.entries('rows', 'row', entry).map((row) => {
			const rowTitle = p.checkText('rowTitle', row.rowTitle, {
				required: true,
				maxLength: L.rowTitle,
			});
			const description = p.checkText('rowDescription', row.rowDescription, {
				maxLength: L.rowDescription,
			});
			return {
				id: p.checkText('rowId', row.rowId, { maxLength: L.rowId }) || rowTitle,
				title: rowTitle,
				...(description ? { description } : {}),
			};
		});
		if (rows.length === 0) throw p.required('rows', 'Add at least one row to every section.');
		return { ...(title ? { title } : {}), rows };
	});
	const rows = sections.flatMap((s) => s.rows);
	if (rows.length > L.rows)
		throw p.tooMany(
			'rows',
			rows.length,
			'rows across the sections',
			`WhatsApp shows at most ${L.rows}`,
		);
	if (sections.length > 1 && sections.some((s) => !s.title))
		throw p.required('sectionTitle', 'Every section needs a title when there are several.');
	uniqueIds(
		p,
		'rowId',
		rows.map((r) => r.id),
	);
	return sections;
}
