import type { IDataObject } from 'n8n-workflow';

import type { OperationDef } from '../../../shared/operation';
import { invalid } from '../../../shared/validation';
import { contactField, templateField } from '../../descriptions';
import { FLAVOUR_NAMES, flavourOf } from '../../flavour';
import { endpoint, weniSent } from '../../provider';
import { checkContact, checkUrn, listOf, uuidOf } from '../../readers';

/**
 * A WhatsApp template, the way to reach a contact outside WhatsApp's 24-hour
 * window: on Weni Flows a whatsapp_broadcast whose `msg.template` is
 * `{uuid, variables, locale}` (WhatsappBroadcastsEndpoint docstring and
 * WhatsappBroadcastWriteSerializer._validate_and_assign_template, weni-ai/flows
 * temba/api/v2/views.py and serializers.py). Current RapidPro's API v2 sends no
 * templates, so there the operation is refused before any request.
 */
export const sendTemplate: OperationDef = {
	value: 'sendTemplate',
	name: 'Send Template',
	action: 'Send a WhatsApp template',
	description:
		'Send an approved WhatsApp template to one contact, also outside the 24-hour window (Weni Flows)',
	properties: [
		contactField,
		templateField,
		{
			displayName: 'Variables',
			name: 'variables',
			type: 'string',
			default: '',
			placeholder: 'Manu, 12/10',
			description:
				"Values for the template's {{1}}, {{2}}… in order, separated by commas or new lines; expressions such as @contact.name are filled by Weni",
		},
		{
			displayName: 'Locale',
			name: 'locale',
			type: 'string',
			default: '',
			placeholder: 'pt-BR',
			description:
				"The language of the template to send, as in the endpoint's example (pt-BR); empty lets Weni choose",
		},
	],
	recipient: (op) => JSON.stringify(op.params.raw('contact', '')),
	run: async (op) => {
		const p = op.params;
		const contact = checkContact(p, 'contact', p.raw('contact', ''));
		const template = uuidOf(p, 'template');
		const variables = listOf(p, 'variables', p.raw('variables', ''));
		const locale = p.optionalString('locale', {
			maxLength: 16,
			pattern: {
				regex: /^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,4})?$/,
				hint: 'must be a language tag such as pt-BR',
			},
		});
		const flavour = await flavourOf(op.ctx);
		if (flavour !== 'flows') {
			throw invalid(
				p.node,
				'Operation',
				op.itemIndex,
				`needs Weni Flows to send a template: ${FLAVOUR_NAMES[flavour]}'s API v2 sends no WhatsApp templates`,
				"Send templates from a flow (Flow → Start), or set the credential's API Flavour if this server is Weni Flows.",
			);
		}
		if (contact.by === 'urn') checkUrn(p, 'contact', contact.value, flavour);
		const msg: IDataObject = {
			template: { uuid: template, variables, ...(locale ? { locale } : {}) },
		};
		const body: IDataObject = {
			[contact.by === 'uuid' ? 'contacts' : 'urns']: [contact.value],
			msg,
		};
		return weniSent(
			await op.object({
				method: 'POST',
				path: endpoint('whatsapp_broadcasts'),
				body,
			}),
		);
	},
};
