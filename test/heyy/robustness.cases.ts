import type { IDataObject } from 'n8n-workflow';

import { FakeHeyy, HEYY_KEY, HEYY_TENANT } from '../fakes/heyy';
import { byIdCase, operationCase, tokenRejections } from '../harness/cases';
import { opParams } from '../harness/operation';
import type { ProviderCases } from '../robustness/types';

/**
 * Heyy cases for the robustness suite (test/robustness): add `heyyCases` to
 * its provider list. Every parameter kind of every operation is named here.
 */
const fake = new FakeHeyy();
fake.planLimit = 1e9; // the suite's own request rate is not under test
fake.seedContacts(5);
fake.seedChats(2);
fake.files.push({
	id: 'file_pre',
	name: 'terms.pdf',
	contentType: 'application/pdf',
	format: 'DOCUMENT',
});
// Webhooks the Webhook operations work on; the trigger's own are told apart by their token.
for (const id of ['whk_update', 'whk_delete']) {
	fake.webhooks.push({
		id,
		type: 'SMS_MESSAGE_STATUS',
		url: 'https://hooks.acme.test/x',
		isActive: true,
		channelId: null,
		tenantId: HEYY_TENANT,
	});
}
// A broadcast with recipients for the Broadcast operations.
fake.broadcasts.push({
	id: 'brd_robust',
	channelId: 'ch_wa_1',
	name: 'Robust',
	workflowId: 'wf_1',
	status: 'DRAFT',
});
fake.recipients.set('brd_robust', []);
fake.broadcasts.push({ ...fake.broadcasts[0], id: 'brd_delete', name: 'To delete' });
fake.recipients.set('brd_delete', []);
const triggerHooks = () => fake.webhooks.filter((w) => String(w.url).includes('token='));

const API = '\\/api\\/v2\\.0';
const path = (pattern: string) => new RegExp(`^${API}${pattern}$`);
const CHANNEL = 'ch_wa_1';
/** A Broadcast operation on broadcast `id` of the WhatsApp channel. */
const broadcastCase = (operation: string, id: string, pattern: string, more: IDataObject = {}) =>
	operationCase(
		opParams('broadcast', operation, { channelId: CHANNEL, broadcastId: id, ...more }),
		{ required: ['broadcastId', ...Object.keys(more)], ids: ['broadcastId', 'channelId'] },
		{ path: path(`\\/[^/]+\\/broadcasts\\/[^/]+${pattern}`) },
	);
/** A Get Many of `resource` with a Limit. */
const getMany = (resource: string, more: IDataObject = {}) =>
	operationCase(opParams(resource, 'getAll', { limit: 3, ...more }), {
		numbers: ['limit'],
		booleans: 'simplify' in more ? ['simplify'] : [],
	});
const send = opParams('message', 'send', {
	channelId: CHANNEL,
	phoneNumber: '+14155550123',
	messageType: 'text',
	text: 'Hi',
});
const inbound = {
	id: 'dlv_1',
	tenantId: HEYY_TENANT,
	event: 'message.received',
	data: {
		id: 'msg_1',
		sender: 'inbound',
		content: { body: 'hola' },
		chat: { id: 'chat_1' },
		channel: { id: CHANNEL, type: 'whatsapp' },
	},
};

export const heyyCases: ProviderCases = {
	provider: 'Heyy',
	nodeType: 'heyy',
	credentialType: 'heyyApi',
	fake,
	key: HEYY_KEY,
	credentials: (baseUrl) => ({ apiKey: HEYY_KEY, baseUrl }),
	errorBody: (status, message) => ({ error: { messageKey: `error_${status}`, message } }),
	withoutCase: [
		// Its input is a binary file on the item; the matrix's items are JSON only. Uploads, and a
		// file over the size limit refused before any request, are in test/heyy/operations.test.ts.
		'file:upload',
	],
	operations: [
		operationCase(
			send,
			{
				required: ['phoneNumber', 'text'],
				phones: ['phoneNumber'],
				enums: ['messageType'],
				texts: ['text'],
				ids: ['channelId'],
			},
			{ label: 'text', path: path('\\/[^/]+\\/whatsapp_messages\\/send') },
		),
		operationCase(
			{ ...send, options: { scheduledAt: '2026-12-01T09:30:00Z' } },
			{ dates: ['options.scheduledAt'] },
			{ label: 'scheduled' },
		),
		operationCase(
			{
				...send,
				messageType: 'document',
				fileSource: 'fileId',
				fileId: 'file_pre',
				caption: 'Terms',
			},
			{ required: ['fileId'], enums: ['fileSource'], texts: ['caption'] },
			{ label: 'document' },
		),
		operationCase(
			{
				...send,
				messageType: 'template',
				messageTemplateId: 'tpl_1',
				variables: { variable: [{ name: 'order', value: 'A1' }] },
			},
			{ required: ['messageTemplateId', 'variables.variable.0.name'] },
			{ label: 'template' },
		),
		operationCase(
			{
				...send,
				messageType: 'interactive',
				buttons: { button: [{ title: 'Yes' }] },
				headerText: 'H',
				footerText: 'F',
			},
			{
				required: ['buttons.button.0.title'],
				texts: ['headerText', 'footerText', 'buttons.button.0.title'],
			},
			{ label: 'interactive' },
		),
		operationCase(
			opParams('contact', 'create', {
				phoneNumber: '+14155559001',
				firstName: 'Ana',
				additionalFields: { email: 'a@acme.test' },
			}),
			{
				phones: ['phoneNumber'],
				emails: ['additionalFields.email'],
				texts: ['firstName'],
			},
		),
		byIdCase('contact', 'get', 'contactId', 'con_0001', path('\\/contacts\\/[^/]+')),
		operationCase(
			opParams('contact', 'update', { contactId: 'con_0002', updateFields: { lastName: 'X' } }),
			{ required: ['contactId'], ids: ['contactId'], emails: ['updateFields.email'] },
			{ path: path('\\/contacts\\/[^/]+') },
		),
		byIdCase('contact', 'delete', 'contactId', 'con_0005', path('\\/contacts\\/[^/]+')),
		operationCase(
			opParams('contact', 'setAttribute', {
				contactId: 'con_0001',
				externalId: 'city',
				value: 'Roma',
			}),
			{ required: ['externalId'], ids: ['contactId'] },
			{ path: path('\\/contacts\\/[^/]+\\/attributes') },
		),
		operationCase(
			opParams('contact', 'removeAttribute', { contactId: 'con_0001', externalId: 'city' }),
			{ required: ['externalId'], ids: ['contactId'] },
			{ path: path('\\/contacts\\/[^/]+\\/attributes') },
		),
		operationCase(
			opParams('contact', 'getAll', {
				limit: 3,
				options: { search: 'contact', sortBy: 'firstName', order: 'ASC' },
			}),
			{
				numbers: ['limit'],
				enums: ['options.sortBy', 'options.order'],
				texts: ['options.search'],
			},
		),
		operationCase(opParams('attribute', 'create', { name: 'Tier', externalId: 'tier_x' }), {
			required: ['name', 'externalId'],
			texts: ['name', 'externalId'],
		}),
		byIdCase('attribute', 'delete', 'attributeId', 'att_1', path('\\/attributes\\/[^/]+')),
		operationCase(opParams('label', 'create', { name: 'Robust' }), {
			required: ['name'],
			texts: ['name'],
		}),
		byIdCase('label', 'delete', 'labelId', 'lbl_2', path('\\/labels\\/[^/]+')),
		operationCase(
			opParams('webhook', 'create', {
				type: 'SMS_MESSAGE_STATUS',
				url: 'https://hooks.acme.test/x',
				additionalFields: { tenantId: HEYY_TENANT },
			}),
			{ required: ['url'], urls: ['url'], enums: ['type'] },
		),
		operationCase(
			opParams('webhook', 'update', {
				webhookId: 'whk_update',
				updateFields: { url: 'https://hooks.acme.test/y' },
			}),
			{ required: ['webhookId'], ids: ['webhookId'], urls: ['updateFields.url'] },
			{ path: path('\\/api_webhooks\\/[^/]+') },
		),
		byIdCase('webhook', 'delete', 'webhookId', 'whk_delete', path('\\/api_webhooks\\/[^/]+')),
		byIdCase('channel', 'get', 'channelId', CHANNEL, path('\\/channels\\/[^/]+')),
		operationCase(
			opParams('automation', 'getAll', { channelId: CHANNEL, limit: 5 }),
			{ ids: ['channelId'], numbers: ['limit'] },
			{ path: path('\\/[^/]+\\/workflows') },
		),
		operationCase(
			opParams('automation', 'run', {
				channelId: CHANNEL,
				automationId: 'wf_1',
				phoneNumber: '+14155550123',
				options: { scheduledAt: '2026-12-01T09:30:00Z' },
			}),
			{
				required: ['phoneNumber'],
				phones: ['phoneNumber'],
				ids: ['automationId'],
				dates: ['options.scheduledAt'],
			},
			{ path: path('\\/[^/]+\\/workflows\\/[^/]+') },
		),
		operationCase(
			opParams('chat', 'get', { channelId: CHANNEL, chatId: 'chat_ch_wa_1_1' }),
			{ required: ['chatId'], ids: ['chatId', 'channelId'] },
			{ path: path('\\/[^/]+\\/chats\\/[^/]+') },
		),
		operationCase(
			opParams('chat', 'update', {
				channelId: CHANNEL,
				chatId: 'chat_ch_wa_1_1',
				updateFields: { status: 'OPEN' },
			}),
			{ ids: ['chatId'], texts: ['updateFields.status'] },
			{ path: path('\\/[^/]+\\/chats\\/[^/]+') },
		),
		operationCase(
			{
				...send,
				messageType: 'template',
				messageTemplateId: 'tpl_1',
				fileSource: 'fileId',
				fileId: 'file_pre',
			},
			{ required: ['fileId'], enums: ['fileSource'] },
			{ label: 'template with header file' },
		),
		operationCase(
			opParams('contact', 'update', {
				contactId: 'con_0004',
				updateFields: { phoneNumber: '+14155558004' },
			}),
			{ phones: ['updateFields.phoneNumber'] },
			{ label: 'phone' },
		),
		operationCase(
			opParams('broadcast', 'create', {
				channelId: CHANNEL,
				name: 'Robust create',
				workflowId: 'wf_1',
				additionalFields: { isScheduled: true, scheduledAt: '2026-12-01T09:30:00Z' },
			}),
			{
				required: ['name', 'workflowId'],
				texts: ['name'],
				ids: ['channelId'],
				dates: ['additionalFields.scheduledAt'],
				booleans: ['additionalFields.isScheduled'],
			},
			{ path: path('\\/[^/]+\\/broadcasts') },
		),
		operationCase(
			opParams('broadcast', 'update', {
				channelId: CHANNEL,
				broadcastId: 'brd_robust',
				updateFields: { name: 'Robust 2', isReoccurring: false },
			}),
			{
				ids: ['broadcastId', 'channelId'],
				texts: ['updateFields.name'],
				booleans: ['updateFields.isReoccurring'],
			},
			{ path: path('\\/[^/]+\\/broadcasts\\/[^/]+') },
		),
		operationCase(
			opParams('broadcast', 'addRecipients', {
				channelId: CHANNEL,
				broadcastId: 'brd_robust',
				contactIds: 'con_0001',
			}),
			{ required: ['contactIds'], ids: ['broadcastId'] },
			{ path: path('\\/[^/]+\\/broadcasts\\/[^/]+\\/recipients') },
		),
		operationCase(
			opParams('broadcast', 'start', {
				channelId: CHANNEL,
				broadcastId: 'brd_robust',
				fileSource: 'fileId',
				fileId: 'file_pre',
			}),
			{ required: ['fileId'], enums: ['fileSource'], ids: ['broadcastId'] },
			{ path: path('\\/[^/]+\\/broadcasts\\/[^/]+\\/start') },
		),
		operationCase(opParams('template', 'getAll', { limit: 5, options: { sortBy: 'name' } }), {
			numbers: ['limit'],
			enums: ['options.sortBy'],
		}),
		operationCase(opParams('business', 'get'), {}),
		getMany('attribute'),
		getMany('label'),
		getMany('channel'),
		getMany('webhook'),
		operationCase(
			opParams('chat', 'getAll', { channelId: CHANNEL, limit: 3, simplify: true }),
			{ required: ['channelId'], ids: ['channelId'], numbers: ['limit'], booleans: ['simplify'] },
			{ path: path('\\/[^/]+\\/chats') },
		),
		operationCase(
			opParams('broadcast', 'getAll', { channelId: CHANNEL, limit: 3 }),
			{ required: ['channelId'], ids: ['channelId'], numbers: ['limit'] },
			{ path: path('\\/[^/]+\\/broadcasts') },
		),
		broadcastCase('get', 'brd_robust', ''),
		broadcastCase('getRecipients', 'brd_robust', '\\/recipients'),
		broadcastCase('removeRecipients', 'brd_robust', '\\/recipients', { recipientIds: 'con_0001' }),
		broadcastCase('delete', 'brd_delete', ''),
		operationCase(
			opParams('message', 'sendAndWait', {
				channelId: CHANNEL,
				phoneNumber: '+14155550123',
				message: 'Refund order 1042?',
			}),
			{
				required: ['phoneNumber', 'message'],
				phones: ['phoneNumber'],
				enums: ['responseType'],
			},
			{ firstItemOnly: true },
		),
	],
	faultRead: {
		name: 'business:get',
		params: opParams('business', 'get'),
		fields: {},
	},
	faultWrite: { name: 'message:send', params: send, fields: {} },
	trigger: {
		type: 'heyyTrigger',
		parameters: { events: ['WHATSAPP_MESSAGE_RECEIVED'] },
		multiParameters: {
			events: [
				'WHATSAPP_MESSAGE_RECEIVED',
				'WHATSAPP_MESSAGE_STATUS',
				'INSTAGRAM_MESSAGE_RECEIVED',
			],
			channelId: CHANNEL,
		},
		valid: (trigger) => ({ body: inbound, query: { token: String(trigger.staticData.token) } }),
		rejected: (trigger) => tokenRejections(inbound, String(trigger.staticData.token), true),
		subscriptions: () => triggerHooks().length,
		registeredUrls: () => triggerHooks().map((w) => String(w.url)),
		dropOne: () => {
			const ours = triggerHooks()[0];
			if (ours) fake.webhooks.splice(fake.webhooks.indexOf(ours), 1);
		},
		isCreate: (method, p) => method === 'POST' && p.endsWith('/api_webhooks'),
		isDelete: (method, p) => method === 'DELETE' && p.includes('/api_webhooks/'),
	},
};
