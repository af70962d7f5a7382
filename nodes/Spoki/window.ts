import type { IDataObject } from 'n8n-workflow';

import type { OperationContext, OperationResult } from '../shared/definitions';
import type { WindowFacts } from '../shared/window';
import { metaWindowRefusal, sendWithinWindow } from '../shared/window';
import { API, spokiSent } from './provider';

export const SPOKI_TEMPLATE_HINT =
	"the template's numeric ID (Template › Get Many lists them); variables by their %%CODE%%";

/**
 * Spoki and the 24-hour window. Free text "only works inside the 24 h window"
 * (docs/api/spoki.md 2.2, POST /api/1/messages/send/), but Spoki documents
 * neither the refusal nor a contact's last inbound time (its contact object
 * has `created_datetime` only). Guess: the refusal is a Spoki coded error
 * `{code, title, detail}` (the shape seen for `spoki::3014`) relaying
 * WhatsApp's code 131047 (or the older 470), at `code` or in `errors[]`;
 * any other refusal fails the item.
 */
export function spokiWindow(phone: string): WindowFacts {
	return {
		templateHint: SPOKI_TEMPLATE_HINT,
		isRefusal: metaWindowRefusal([['code'], ['error_code'], ['errors', 'code']]),
		// Checked before the message is sent, so a template that could not go is known at once.
		async checkTemplate(op: OperationContext, template) {
			if (!/^\d+$/.test(template.id))
				throw op.params.invalid(
					'windowTemplate',
					'must be a numeric template ID',
					SPOKI_TEMPLATE_HINT,
				);
		},
		// Spoki fills a template by its custom fields' codes (`custom_fields`).
		variablesByName: true,
		async sendTemplate(op: OperationContext, template) {
			// The Send Template body (MambuSRL/spoki_whatsapp src/Api/Messages.php): `template` id, `custom_fields` by code.
			const body: IDataObject = { type: 'Template', phone, template: Number(template.id) };
			const fields = Object.fromEntries(template.variables.map((v) => [v.name, v.value]));
			if (Object.keys(fields).length) body.custom_fields = fields;
			return await send(op, body);
		},
	};
}

/**
 * Sends a session message (`type: "Message"`: text, buttons or list) to
 * POST /api/1/messages/send/ under the send's "Outside the 24-Hour Window" policy.
 */
export async function sendSessionMessage(
	op: OperationContext,
	body: IDataObject,
): Promise<OperationResult> {
	const phone = String(body.phone);
	return await sendWithinWindow(op, spokiWindow(phone), phone, async () => await send(op, body));
}

/** POST /api/1/messages/send/, for session messages and templates alike. */
async function send(op: OperationContext, body: IDataObject): Promise<OperationResult> {
	return spokiSent(await op.object({ method: 'POST', path: `${API}/messages/send/`, body }));
}
