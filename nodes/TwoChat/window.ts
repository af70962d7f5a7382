import type { IDataObject } from 'n8n-workflow';

import type { OperationContext, OperationResult } from '../shared/definitions';
import type { WindowFacts } from '../shared/window';
import { metaWindowRefusal, sendWithinWindow } from '../shared/window';
import { sendWaba } from './resources/whatsappBusiness/common';

export const TWOCHAT_TEMPLATE_HINT =
	"the template's UUID (WhatsApp Business › Get Many Templates lists them); variables in the order of its {{1}}, {{2}}…";

/**
 * 2Chat and the 24-hour window, for WhatsApp Business (WABA) numbers only:
 * a WhatsApp number linked through the app has no such window. 2Chat's
 * failures are `{success: false, error: true, error_message}` (agent-skills
 * 2chat-numbers) and it documents no window refusal nor a last-inbound time
 * for WABA numbers. Guess: a refusal relays WhatsApp's code 131047 (or the
 * older 470) at `error_code`, `code` or `error.code`; a refusal without it
 * fails the item.
 */
export function twoChatWindow(parties: IDataObject): WindowFacts {
	return {
		templateHint: TWOCHAT_TEMPLATE_HINT,
		isRefusal: metaWindowRefusal([['error_code'], ['code'], ['error', 'code']]),
		// POST /waba/send-message with `template_uuid` and `params.body` (developers.2chat.co/docs/API/WhatsApp/WABA/send-message).
		sendTemplate: async (op: OperationContext, template) =>
			await sendWaba(op, {
				...parties,
				template_uuid: template.id,
				params: { body: template.variables.map((v) => v.value) },
			}),
	};
}

/**
 * Sends a WABA session message (text or interactive) under the send's
 * "Outside the 24-Hour Window" policy.
 */
export async function sendWabaSession(
	op: OperationContext,
	parties: IDataObject,
	body: IDataObject,
): Promise<OperationResult> {
	return await sendWithinWindow(op, twoChatWindow(parties), String(parties.to_number), () =>
		sendWaba(op, body),
	);
}
