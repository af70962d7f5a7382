import type { IDataObject } from 'n8n-workflow';

import type { OperationContext } from '../shared/definitions';
import type { WindowFacts } from '../shared/window';
import { metaWindowCodeAt } from '../shared/window';
import { heyySent } from './provider';

/**
 * Heyy and the 24-hour window. A send outside it is answered HTTP 200 with
 * the failure inside: `data.message.errors[]` (docs.heyy.io/api-reference/
 * send-whatsapp-message, message object of …/webhook-object-model) or, in an
 * older reading, `data.errors[]` (docs/api/heyy.md 1.4). Guess: each entry is
 * WhatsApp's error object as Heyy relays it, `{code: 131047, title, message}`,
 * so the refusal is that code. Heyy documents no last-inbound time (its chat
 * has `lastMessageAt`, either direction), so the node learns it only from
 * Last Inbound At or the refusal.
 */
export const HEYY_TEMPLATE_HINT = "the template's ID (Template › Get Many lists them)";

/** `scheduledAt`: when the message was to go, so that the template goes then too. */
export function heyyWindow(
	channelId: string,
	phoneNumber: string,
	scheduledAt?: string,
): WindowFacts {
	return {
		templateHint: HEYY_TEMPLATE_HINT,
		isRefusal: (failure) =>
			metaWindowCodeAt(failure.body, [
				['data', 'message', 'errors', 'code'],
				['data', 'errors', 'code'],
			]),
		// Heyy fills a template's variables by name, as its Send does.
		variablesByName: true,
		async sendTemplate(op: OperationContext, template) {
			const body: IDataObject = {
				phoneNumber,
				type: 'TEMPLATE',
				messageTemplateId: template.id,
			};
			if (template.variables.length) body.variables = template.variables;
			if (scheduledAt) body.scheduledAt = scheduledAt;
			return heyySent(
				await op.request({ method: 'POST', path: `/${channelId}/whatsapp_messages/send`, body }),
			);
		},
	};
}
