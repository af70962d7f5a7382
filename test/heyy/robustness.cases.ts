import { FakeHeyy, HEYY_KEY, HEYY_TENANT } from '../fakes/heyy';
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
const triggerHooks = () => fake.webhooks.filter((w) => String(w.url).includes('token='));

const API = '\\/api\\/v2\\.0';
const path = (pattern: string) => new RegExp(`^${API}${pattern}$`);
const CHANNEL = 'ch_wa_1';
const send = {
	resource: 'message',
	operation: 'send',
	channelId: CHANNEL,
	phoneNumber: '+14155550123',
	messageType: 'text',
	text: 'Hi',
};
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
	operations: [
		{
			name: 'message:send text',
			params: send,
			fields: {
				required: ['phoneNumber', 'text'],
				phones: ['phoneNumber'],
				enums: ['messageType'],
				texts: ['text'],
				ids: ['channelId'],
			},
			path: path('\\/[^/]+\\/whatsapp_messages\\/send'),
		},
		{
			name: 'message:send scheduled',
			params: { ...send, options: { scheduledAt: '2026-12-01T09:30:00Z' } },
			fields: { dates: ['options.scheduledAt'] },
		},
		{
			name: 'message:send document',
			params: {
				...send,
				messageType: 'document',
				fileSource: 'fileId',
				fileId: 'file_pre',
				caption: 'Terms',
			},
			fields: { required: ['fileId'], enums: ['fileSource'], texts: ['caption'] },
		},
		{
			name: 'message:send template',
			params: {
				...send,
				messageType: 'template',
				messageTemplateId: 'tpl_1',
				variables: { variable: [{ name: 'order', value: 'A1' }] },
			},
			fields: { required: ['messageTemplateId', 'variables.variable.0.name'] },
		},
		{
			name: 'message:send interactive',
			params: {
				...send,
				messageType: 'interactive',
				buttons: { button: [{ title: 'Yes' }] },
				headerText: 'H',
				footerText: 'F',
			},
			fields: {
				required: ['buttons.button.0.title'],
				texts: ['headerText', 'footerText', 'buttons.button.0.title'],
			},
		},
		{
			name: 'contact:create',
			params: {
				resource: 'contact',
				operation: 'create',
				phoneNumber: '+14155559001',
				firstName: 'Ana',
				additionalFields: { email: 'a@acme.test' },
			},
			fields: {
				phones: ['phoneNumber'],
				emails: ['additionalFields.email'],
				texts: ['firstName'],
			},
		},
		{
			name: 'contact:get',
			params: { resource: 'contact', operation: 'get', contactId: 'con_0001' },
			fields: { required: ['contactId'], ids: ['contactId'] },
			path: path('\\/contacts\\/[^/]+'),
		},
		{
			name: 'contact:update',
			params: {
				resource: 'contact',
				operation: 'update',
				contactId: 'con_0002',
				updateFields: { lastName: 'X' },
			},
			fields: { required: ['contactId'], ids: ['contactId'], emails: ['updateFields.email'] },
			path: path('\\/contacts\\/[^/]+'),
		},
		{
			name: 'contact:delete',
			params: { resource: 'contact', operation: 'delete', contactId: 'con_0005' },
			fields: { required: ['contactId'], ids: ['contactId'] },
			path: path('\\/contacts\\/[^/]+'),
		},
		{
			name: 'contact:setAttribute',
			params: {
				resource: 'contact',
				operation: 'setAttribute',
				contactId: 'con_0001',
				externalId: 'city',
				value: 'Roma',
			},
			fields: { required: ['externalId'], ids: ['contactId'] },
			path: path('\\/contacts\\/[^/]+\\/attributes'),
		},
		{
			name: 'contact:removeAttribute',
			params: {
				resource: 'contact',
				operation: 'removeAttribute',
				contactId: 'con_0001',
				externalId: 'city',
			},
			fields: { required: ['externalId'], ids: ['contactId'] },
			path: path('\\/contacts\\/[^/]+\\/attributes'),
		},
		{
			name: 'contact:list',
			params: {
				resource: 'contact',
				operation: 'getAll',
				limit: 3,
				options: { search: 'contact', sortBy: 'firstName', order: 'ASC' },
			},
			fields: {
				numbers: ['limit'],
				enums: ['options.sortBy', 'options.order'],
				texts: ['options.search'],
			},
		},
		{
			name: 'attribute:create',
			params: { resource: 'attribute', operation: 'create', name: 'Tier', externalId: 'tier_x' },
			fields: { required: ['name', 'externalId'], texts: ['name', 'externalId'] },
		},
		{
			name: 'attribute:delete',
			params: { resource: 'attribute', operation: 'delete', attributeId: 'att_1' },
			fields: { required: ['attributeId'], ids: ['attributeId'] },
			path: path('\\/attributes\\/[^/]+'),
		},
		{
			name: 'label:create',
			params: { resource: 'label', operation: 'create', name: 'Robust' },
			fields: { required: ['name'], texts: ['name'] },
		},
		{
			name: 'label:delete',
			params: { resource: 'label', operation: 'delete', labelId: 'lbl_2' },
			fields: { required: ['labelId'], ids: ['labelId'] },
			path: path('\\/labels\\/[^/]+'),
		},
		{
			name: 'webhook:create',
			params: {
				resource: 'webhook',
				operation: 'create',
				type: 'SMS_MESSAGE_STATUS',
				url: 'https://hooks.acme.test/x',
				additionalFields: { tenantId: HEYY_TENANT },
			},
			fields: { required: ['url'], urls: ['url'], enums: ['type'] },
		},
		{
			name: 'webhook:update',
			params: {
				resource: 'webhook',
				operation: 'update',
				webhookId: 'whk_update',
				updateFields: { url: 'https://hooks.acme.test/y' },
			},
			fields: { required: ['webhookId'], ids: ['webhookId'], urls: ['updateFields.url'] },
			path: path('\\/api_webhooks\\/[^/]+'),
		},
		{
			name: 'webhook:delete',
			params: { resource: 'webhook', operation: 'delete', webhookId: 'whk_delete' },
			fields: { required: ['webhookId'], ids: ['webhookId'] },
			path: path('\\/api_webhooks\\/[^/]+'),
		},
		{
			name: 'channel:get',
			params: { resource: 'channel', operation: 'get', channelId: CHANNEL },
			fields: { required: ['channelId'], ids: ['channelId'] },
			path: path('\\/channels\\/[^/]+'),
		},
		{
			name: 'automation:list',
			params: { resource: 'automation', operation: 'getAll', channelId: CHANNEL, limit: 5 },
			fields: { ids: ['channelId'], numbers: ['limit'] },
			path: path('\\/[^/]+\\/workflows'),
		},
		{
			name: 'automation:run',
			params: {
				resource: 'automation',
				operation: 'run',
				channelId: CHANNEL,
				automationId: 'wf_1',
				phoneNumber: '+14155550123',
				options: { scheduledAt: '2026-12-01T09:30:00Z' },
			},
			fields: {
				required: ['phoneNumber'],
				phones: ['phoneNumber'],
				ids: ['automationId'],
				dates: ['options.scheduledAt'],
			},
			path: path('\\/[^/]+\\/workflows\\/[^/]+'),
		},
		{
			name: 'chat:get',
			params: { resource: 'chat', operation: 'get', channelId: CHANNEL, chatId: 'chat_ch_wa_1_1' },
			fields: { required: ['chatId'], ids: ['chatId', 'channelId'] },
			path: path('\\/[^/]+\\/chats\\/[^/]+'),
		},
		{
			name: 'chat:update',
			params: {
				resource: 'chat',
				operation: 'update',
				channelId: CHANNEL,
				chatId: 'chat_ch_wa_1_1',
				updateFields: { status: 'OPEN' },
			},
			fields: { ids: ['chatId'], texts: ['updateFields.status'] },
			path: path('\\/[^/]+\\/chats\\/[^/]+'),
		},
		{
			name: 'message:send template with header file',
			params: {
				...send,
				messageType: 'template',
				messageTemplateId: 'tpl_1',
				fileSource: 'fileId',
				fileId: 'file_pre',
			},
			fields: { required: ['fileId'], enums: ['fileSource'] },
		},
		{
			name: 'contact:update phone',
			params: {
				resource: 'contact',
				operation: 'update',
				contactId: 'con_0004',
				updateFields: { phoneNumber: '+14155558004' },
			},
			fields: { phones: ['updateFields.phoneNumber'] },
		},
		{
			name: 'broadcast:create',
			params: {
				resource: 'broadcast',
				operation: 'create',
				channelId: CHANNEL,
				name: 'Robust create',
				workflowId: 'wf_1',
				additionalFields: { isScheduled: true, scheduledAt: '2026-12-01T09:30:00Z' },
			},
			fields: {
				required: ['name', 'workflowId'],
				texts: ['name'],
				ids: ['channelId'],
				dates: ['additionalFields.scheduledAt'],
				booleans: ['additionalFields.isScheduled'],
			},
			path: path('\\/[^/]+\\/broadcasts'),
		},
		{
			name: 'broadcast:update',
			params: {
				resource: 'broadcast',
				operation: 'update',
				channelId: CHANNEL,
				broadcastId: 'brd_robust',
				updateFields: { name: 'Robust 2', isReoccurring: false },
			},
			fields: {
				ids: ['broadcastId', 'channelId'],
				texts: ['updateFields.name'],
				booleans: ['updateFields.isReoccurring'],
			},
			path: path('\\/[^/]+\\/broadcasts\\/[^/]+'),
		},
		{
			name: 'broadcast:addRecipients',
			params: {
				resource: 'broadcast',
				operation: 'addRecipients',
				channelId: CHANNEL,
				broadcastId: 'brd_robust',
				contactIds: 'con_0001',
			},
			fields: { required: ['contactIds'], ids: ['broadcastId'] },
			path: path('\\/[^/]+\\/broadcasts\\/[^/]+\\/recipients'),
		},
		{
			name: 'broadcast:start',
			params: {
				resource: 'broadcast',
				operation: 'start',
				channelId: CHANNEL,
				broadcastId: 'brd_robust',
				fileSource: 'fileId',
				fileId: 'file_pre',
			},
			fields: { required: ['fileId'], enums: ['fileSource'], ids: ['broadcastId'] },
			path: path('\\/[^/]+\\/broadcasts\\/[^/]+\\/start'),
		},
		{
			name: 'template:list',
			params: { resource: 'template', operation: 'getAll', limit: 5, options: { sortBy: 'name' } },
			fields: { numbers: ['limit'], enums: ['options.sortBy'] },
		},
	],
	faultRead: {
		name: 'business:get',
		params: { resource: 'business', operation: 'get' },
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
		rejected: (trigger) => {
			const token = String(trigger.staticData.token);
			return {
				unsigned: { body: inbound },
				'wrong token': { body: inbound, query: { token: 'f'.repeat(token.length) } },
				'short token': { body: inbound, query: { token: token.slice(0, 8) } },
				'token in a header instead': { body: inbound, headers: { 'x-token': token } },
				'token with different case': { body: inbound, query: { token: token.toUpperCase() } },
				// The valid delivery again: acknowledged (200), not run a second time.
				replayed: { body: inbound, query: { token }, replayOfValid: true },
			};
		},
		subscriptions: () => triggerHooks().length,
		dropOne: () => {
			const ours = triggerHooks()[0];
			if (ours) fake.webhooks.splice(fake.webhooks.indexOf(ours), 1);
		},
		isCreate: (method, p) => method === 'POST' && p.endsWith('/api_webhooks'),
		isDelete: (method, p) => method === 'DELETE' && p.includes('/api_webhooks/'),
	},
};
