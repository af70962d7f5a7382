import type { IDataObject } from 'n8n-workflow';

import type { OperationContext } from '../shared/definitions';
import type { WindowFacts } from '../shared/window';
import { endpoint, weniSent } from './provider';
import { shown } from '../shared/validation';
import type { ContactRef } from './readers';
import { UUID } from './readers';
import { requireFlows } from './flavour';
import { checkVariableCount } from './templates';

export const WENI_TEMPLATE_HINT =
	"the template's UUID (Template › Get Many lists them; Weni Flows only); variables in the order of its {{1}}, {{2}}…";

/**
 * Weni (RapidPro) and the 24-hour window. A contact's `last_seen_on` is when
 * it last sent a message (ContactReadSerializer, nyaruka/rapidpro and
 * weni-ai/flows temba/api/v2/serializers.py; mailroom sets it on each
 * incoming message), read with `contacts.json?uuid=` or `?urn=` before
 * sending. Sends are queued and the channel's refusal comes later, on the
 * message (status `failed`), so there is no refusal to read at send time:
 * only a known-closed window changes what is sent.
 */
export function weniWindow(contact: ContactRef): WindowFacts {
	return {
		templateHint: WENI_TEMPLATE_HINT,
		async lastInbound(op: OperationContext) {
			const answer = await op.object({
				method: 'GET',
				path: endpoint('contacts'),
				qs: { [contact.by]: contact.value },
			});
			const row = Array.isArray(answer.results) ? (answer.results[0] as IDataObject) : undefined;
			// A URN no contact has yet never wrote (sending to it creates the contact).
			if (!row) return null;
			return typeof row.last_seen_on === 'string' && row.last_seen_on ? row.last_seen_on : null;
		},
		// What Send Template checks: a Weni Flows server, a template of the workspace, its variable count.
		async checkTemplate(op: OperationContext, template) {
			if (!UUID.test(template.id)) {
				throw op.params.invalid(
					'windowTemplate',
					`must be a template UUID (got "${shown(template.id)}")`,
					"Template › Get Many lists the UUIDs of the workspace's templates.",
				);
			}
			await requireFlows(
				op,
				'WhatsApp templates',
				(server) => ` to send a template: ${server}'s API v2 sends no WhatsApp templates`,
			);
			const variables = template.variables.map((v) => v.value);
			await checkVariableCount(op, template.id.toLowerCase(), undefined, variables, {
				template: 'windowTemplate',
				variables: 'windowTemplateVariables',
			});
		},
		// A whatsapp_broadcast with `msg.template {uuid, variables}`, as Send Template sends it (Weni Flows only).
		async sendTemplate(op: OperationContext, template) {
			const body: IDataObject = {
				[contact.by === 'uuid' ? 'contacts' : 'urns']: [contact.value],
				msg: {
					template: { uuid: template.id, variables: template.variables.map((v) => v.value) },
				},
			};
			return weniSent(
				await op.object({ method: 'POST', path: endpoint('whatsapp_broadcasts'), body }),
			);
		},
	};
}
