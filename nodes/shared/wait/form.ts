import type { IDataObject } from 'n8n-workflow';

import type { FormField, WaitConfig } from './config';

/**
 * The pages of a link answer: the form (Free Text: one "Response" box, as
 * n8n's; Custom Form: the fields chosen) and the "Got it" page n8n shows after
 * an answer. Self-contained HTML, escaped: a community node cannot rely on
 * the templates n8n renders its own forms with.
 */

const escapeHtml = (text: string) =>
	text.replace(
		/[&<>"']/g,
		(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
	);

const STYLE =
	'body{font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;color:#222}' +
	'label{display:block;margin:1rem 0 .25rem;font-weight:600}input,select,textarea{width:100%;padding:.5rem;box-sizing:border-box}' +
	'button{margin-top:1.5rem;padding:.6rem 1.2rem;background:#ff6d5a;color:#fff;border:0;border-radius:4px}';

function page(title: string, body: string): string {
	return `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title || 'Response')}</title><style>${STYLE}</style></head><body>${body}</body></html>`;
}

export const ANSWER_RECORDED = page(
	'Got it, thanks',
	'<h1>Got it, thanks</h1><p>This page can be closed now.</p>',
);

/** The fields a form shows: Free Text's one required box, or the custom fields. */
export function formFieldsOf(config: WaitConfig): FormField[] {
	return config.responseType === 'freeText'
		? [{ label: 'Response', type: 'textarea', required: true, options: [] }]
		: config.fields;
}

function input(field: FormField, n: number): string {
	const name = `field-${n}`;
	const required = field.required ? ' required' : '';
	if (field.type === 'textarea') return `<textarea name="${name}" rows="5"${required}></textarea>`;
	if (field.type === 'dropdown') {
		const options = field.options
			.map((o) => `<option value="${escapeHtml(o)}">${escapeHtml(o)}</option>`)
			.join('');
		return `<select name="${name}"${required}><option value=""></option>${options}</select>`;
	}
	const type = ['email', 'number', 'date'].includes(field.type) ? field.type : 'text';
	return `<input type="${type}" name="${name}"${required}>`;
}

export function formPage(config: WaitConfig, action: string): string {
	const description = (config.formDescription || config.message).replace(/\\n|<br>/g, '\n');
	const fields = formFieldsOf(config)
		.map((f, n) => `<label>${escapeHtml(f.label)}</label>${input(f, n)}`)
		.join('');
	return page(
		config.formTitle,
		`${config.formTitle ? `<h1>${escapeHtml(config.formTitle)}</h1>` : ''}<p style="white-space:pre-wrap">${escapeHtml(description)}</p>` +
			`<form method="post" action="${escapeHtml(action)}">${fields}<button type="submit">${escapeHtml(config.formButton)}</button></form>`,
	);
}

/**
 * A submitted form as n8n's Send and Wait outputs it (sendAndWaitWebhook):
 * Free Text `{text}`, Custom Form one key per field label. Numbers are
 * numbers; an empty optional field is left out.
 */
export function formAnswer(config: WaitConfig, body: IDataObject): IDataObject | undefined {
	const fields = formFieldsOf(config);
	const data: IDataObject = {};
	for (const [n, field] of fields.entries()) {
		const raw = body[`field-${n}`];
		const value = Array.isArray(raw) ? raw[0] : raw;
		const text = value === undefined || value === null ? '' : String(value).trim();
		if (!text) {
			if (field.required) return undefined;
			continue;
		}
		data[field.label] = field.type === 'number' && !isNaN(Number(text)) ? Number(text) : text;
	}
	return config.responseType === 'freeText' ? { text: data.Response } : data;
}
