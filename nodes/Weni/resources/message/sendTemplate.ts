import type { IDataObject } from 'n8n-workflow';

import { optionsCollection, templateVariablesField } from '../../../shared/descriptions';
import type { OperationContext, OperationDef } from '../../../shared/definitions';
import { contactField, templateField } from '../../descriptions';
import { checkVariableCount } from '../../templates';
import { endpoint, weniSent } from '../../provider';
import { flowsQuickReplies, readQuickReplies } from '../../content';
import { checkContact, checkUrn, contactKey, uuidOf, uuidRule } from '../../readers';
import { requireFlows } from '../../flavour';

/**
 * A WhatsApp template, the way to reach a contact outside WhatsApp's 24-hour
 * window: on Weni Flows a whatsapp_broadcast whose `msg.template` is
 * `{uuid, variables, locale}` (WhatsappBroadcastsEndpoint docstring and
 * WhatsappBroadcastWriteSerializer._validate_and_assign_template, weni-ai/flows
 * temba/api/v2/views.py and serializers.py). Current RapidPro's API v2 sends no
 * templates, so there the operation is refused before any request.
 */
/** The variables in order: the template's fields ({{1}}, {{2}}…), else the text list. */
function readVariables(op: OperationContext): string[] {
	const p = op.params;
	const mapped = p.raw('templateVariables', undefined);
	const values =
		mapped !== null && typeof mapped === 'object' ? (mapped as IDataObject).value : undefined;
	if (values !== null && typeof values === 'object' && !Array.isArray(values)) {
		const entries = Object.entries(values as IDataObject)
			.filter(([id, value]) => /^\d+$/.test(id) && value !== undefined && value !== null)
			.sort(([a], [b]) => Number(a) - Number(b));
		if (entries.length) {
			return entries.map(
				([id, value]) =>
					p.checkText('templateVariables', value, { maxLength: 1024 }) ||
					p.checkText(`{{${id}}}`, value),
			);
		}
	}
	return p.list('variables');
}

export const sendTemplate: OperationDef = {
	value: 'sendTemplate',
	name: 'Send Template',
	action: 'Send a WhatsApp template (Weni Flows)',
	description:
		'Send an approved WhatsApp template to one contact, also outside the 24-hour window (Weni Flows)',
	properties: [
		contactField,
		templateField,
		templateVariablesField(
			'templateVariables',
			['template.value', 'locale'],
			'Pick a template first: its variables appear here, one field each',
			'One field per variable of the template ({{1}}, {{2}}…); expressions such as @contact.name are filled by Weni',
		),
		{
			displayName: 'Variables (In Order)',
			name: 'variables',
			type: 'string',
			default: '',
			placeholder: 'Manu, 12/10',
			description:
				"The template's variables as one text, in order, separated by commas or new lines (for an expression giving them all); used when the fields above are empty",
		},
		{
			displayName: 'Locale Name or ID',
			name: 'locale',
			type: 'options',
			typeOptions: {
				loadOptionsMethod: 'getTemplateLocales',
				loadOptionsDependsOn: ['template.value'],
			},
			default: '',
			description:
				'The language of the template to send, from its translations; empty lets Weni choose. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		optionsCollection([
			{
				displayName: 'Button URL Parameters',
				name: 'buttonParameters',
				type: 'string',
				default: '',
				placeholder: 'order/1234',
				description:
					"The variable part of the template's URL buttons, in the buttons' order, separated by new lines (or commas, so a part holding a comma needs its own line and no other commas)",
			},
			{
				displayName: 'Channel Name or ID',
				name: 'channel',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getWhatsAppChannels' },
				default: '',
				description:
					'The WhatsApp channel (number) to send from, when the workspace has several; the template must exist on it. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
			{
				displayName: 'Footer',
				name: 'footer',
				type: 'string',
				default: '',
				description: 'A footer line under the message (at most 60 characters)',
			},
			{
				displayName: 'Header Text',
				name: 'headerText',
				type: 'string',
				default: '',
				placeholder: 'Hello @contact.name',
				description:
					'A text header above the message (at most 60 characters); expressions such as @contact.name are filled by Weni',
			},
			{
				displayName: 'Quick Replies',
				name: 'quickReplies',
				type: 'string',
				default: '',
				placeholder: 'Yes, No',
				description:
					'Reply buttons, separated by commas or new lines (at most 10, each at most 64 characters)',
			},
		]),
	],
	recipient: (op) => contactKey(op.params),
	run: async (op) => {
		const p = op.params;
		const contact = checkContact(p, 'contact', p.raw('contact', ''));
		const template = uuidOf(p, 'template');
		const variables = readVariables(op);
		const locale = p.readOptionalText('locale', {
			maxLength: 16,
			pattern: {
				regex: /^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,4})?$/,
				hint: 'must be a language tag such as pt-BR',
			},
		});
		// The `msg` keys of the endpoint's docstring example (WhatsappBroadcastsEndpoint, weni-ai/flows
		// views.py): header {type, text}, footer, quick_replies (strings), buttons [{sub_type: "url",
		// parameters: [{type: "text", text}]}]. msg is a DictField passed on to Weni's WhatsApp service
		// unvalidated (WhatsappBroadcastWriteSerializer), so these shapes rest on that example alone.
		// Read before any request, like every input.
		const options = p.collection('options');
		const extras: IDataObject = {};
		// 60: TemplateHeader.text and TemplateTranslation.footer max_length (weni-ai/flows temba/templates/models.py).
		const header = p.checkText('headerText', options.headerText, { maxLength: 60 });
		if (header) extras.header = { type: 'text', text: header };
		const footer = p.checkText('footer', options.footer, { maxLength: 60 });
		if (footer) extras.footer = footer;
		// guess: RapidPro's message limits (10 replies of 64 characters, content.ts); Weni Flows documents none.
		const replies = flowsQuickReplies(op, readQuickReplies(op, options.quickReplies));
		if (replies.length) extras.quick_replies = replies;
		// guess: at most 10 buttons (WhatsApp's per-template button count) of at most 2,000 characters
		// (its URL length); no source gives Weni's own bounds.
		const buttons = p.list('buttonParameters', options.buttonParameters, 10);
		if (buttons.length) {
			extras.buttons = buttons.map((text) => ({
				sub_type: 'url',
				parameters: [
					{ type: 'text', text: p.checkText('buttonParameters', text, { maxLength: 2000 }) },
				],
			}));
		}
		// channel: a UUID of a WAC/WWC channel (WhatsappBroadcastWriteSerializer.validate).
		const channel = p.checkText('channel', options.channel, { pattern: uuidRule });
		const flavour = await requireFlows(
			op,
			'WhatsApp templates',
			(server) => ` to send a template: ${server}'s API v2 sends no WhatsApp templates`,
			"Send templates from a flow (Flow → Start), or set the credential's API Flavour if this server is Weni Flows.",
		);
		if (contact.by === 'urn') checkUrn(p, 'contact', contact.value, flavour);
		await checkVariableCount(op, template, locale, variables);
		const msg: IDataObject = {
			template: { uuid: template, variables, ...(locale ? { locale } : {}) },
			...extras,
		};
		const body: IDataObject = {
			[contact.by === 'uuid' ? 'contacts' : 'urns']: [contact.value],
			msg,
		};
		if (channel) body.channel = channel.toLowerCase();
		return weniSent(
			await op.object({
				method: 'POST',
				path: endpoint('whatsapp_broadcasts'),
				body,
			}),
		);
	},
};
