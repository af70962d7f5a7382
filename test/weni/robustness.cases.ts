import {
	contactUrn,
	contactUuid,
	FakeWeni,
	FLOW_ONBOARDING,
	GROUP_VIP,
	LABEL_URGENT,
	TEMPLATE_WELCOME,
	TICKET_OPEN,
	WENI_TOKEN,
} from '../fakes/weni';
import type { ProviderCases, TriggerCase } from '../robustness/types';

/**
 * Weni cases for the robustness suite (test/robustness): add `weniCases` to
 * its provider list. Every operation of the node is listed, each with the
 * kinds of every parameter the node validates. The fake has no rate limit
 * unless a test asks for one (`rateLimit`), so the suite's own pace is free.
 *
 * Weni (RapidPro API v2) addresses every record by a query parameter
 * (`contacts.json?uuid=`, `groups.json?uuid=`, `fields.json?key=`), never by a
 * path segment, so no field is listed under `ids`.
 *
 * Kinds used beyond their plainest reading, and why:
 * - a URN Value under the `tel` scheme is a phone number (`phones`), under
 *   `mailto` an email address (`emails`);
 * - language codes (ISO 639-3) are `enums`: a closed set whose format the node checks;
 * - Attachments (`content-type:url` or a media UUID) are `urls`;
 * - Quick Replies are `texts`: each reply is limited to 64 characters.
 */
const fake = new FakeWeni();
fake.seedContacts(12);
fake.seedMessages(2);
// A group and a label the Delete operations may remove.
const GROUP_SPARE = 'd0000000-0000-4000-8000-000000000001';
const LABEL_SPARE = 'd0000000-0000-4000-8000-000000000002';
fake.groups.push({
	uuid: GROUP_SPARE,
	name: 'Spare group',
	query: null,
	status: 'ready',
	system: false,
	count: 0,
});
fake.labels.push({ uuid: LABEL_SPARE, name: 'Spare label', count: 0 });
// This fake speaks current RapidPro, whose attachments must be its own media (fields.py MediaField).
const MEDIA = 'd0000000-0000-4000-8000-000000000003';
const MEDIA_URL = `https://rapidpro-media.example/${MEDIA}/a.jpg`;
fake.media.push({ uuid: MEDIA, content_type: 'image/jpeg', url: MEDIA_URL });
const replies = (...texts: string[]) => ({ reply: texts.map((replyText) => ({ replyText })) });

const send = {
	resource: 'message',
	operation: 'send',
	contact: contactUuid(7),
	text: 'Oi',
	options: { quickReplies: replies('Sim', 'Não') },
};
const whatsapp = (urnValue: string) => ({ urn: [{ scheme: 'whatsapp', urnValue }] });
const nickName = { field: [{ key: 'nick_name', fieldValue: 'Manu' }] };
const limitOnly = (resource: string) => ({
	name: `${resource}:list`,
	params: { resource, operation: 'getAll', limit: 5 },
	fields: { numbers: ['limit'] },
});
/** A Get Many with a Limit and Simplify. */
const simplifiedList = (resource: string) => ({
	...limitOnly(resource),
	params: { ...limitOnly(resource).params, simplify: true },
	fields: { numbers: ['limit'], booleans: ['simplify'] },
});
const DATES = ['filters.after', 'filters.before'];
const dateRange = { after: '2026-01-01T00:00:00Z', before: '2030-01-01T00:00:00Z' };

/** Group and label operations: the same four for each. */
function named(
	resource: 'group' | 'label',
	picker: string,
	existing: string,
	spare: string,
	existingName: string,
) {
	return [
		{
			name: `${resource}:create`,
			params: { resource, operation: 'create', name: `Robust ${resource}` },
			fields: { required: ['name'], texts: ['name'] },
		},
		{
			name: `${resource}:update`,
			params: { resource, operation: 'update', [picker]: existing, name: existingName },
			fields: { required: [picker, 'name'], texts: ['name'] },
		},
		{
			name: `${resource}:delete`,
			params: { resource, operation: 'delete', [picker]: spare },
			fields: { required: [picker] },
		},
		{
			name: `${resource}:list`,
			params: { resource, operation: 'getAll', limit: 5, filterName: existingName },
			// The name filter has no maximum yet (names are at most 64): see the report.
			fields: { numbers: ['limit'], texts: ['filterName'] },
		},
	];
}

/** What mailroom posts for a "Call Zapier/resthook" action. */
const payload = {
	contact: { uuid: contactUuid(1), name: 'Contact 1', urn: contactUrn(1) },
	flow: { uuid: FLOW_ONBOARDING, name: 'Onboarding', revision: 12 },
	results: { email: { name: 'Email', value: 'manu@weni.ai', category: 'Has Email' } },
	run: { uuid: 'r-1', created_on: '2026-11-22T10:00:00.000000Z' },
	channel: { uuid: 'ch-1', name: 'WhatsApp', address: '+5582999990000' },
};

let steps = 0;

/** The resthook trigger's cases, on one fake's subscribers. */
function resthookTrigger(fake: FakeWeni): TriggerCase {
	return {
		type: 'weniTrigger',
		// One resthook per trigger: activation makes a single subscription, so there is no multiParameters.
		parameters: { resthook: 'new-lead' },
		// Each a new call (a new path step), so each is remembered as seen.
		valid: (trigger) => ({
			body: { ...payload, path: [{ uuid: `step-${++steps}`, node_uuid: 'n1' }] },
			query: { token: String(trigger.staticData.token) },
		}),
		rejected: (trigger) => {
			const token = String(trigger.staticData.token);
			return {
				unsigned: { body: payload },
				'wrong token': { body: payload, query: { token: 'f'.repeat(token.length) } },
				'short token': { body: payload, query: { token: token.slice(0, 8) } },
				'token with an extra character': { body: payload, query: { token: `${token}0` } },
				'token in a header instead': {
					body: payload,
					headers: { 'x-token': token, authorization: `Token ${token}` },
				},
				'token with different case': { body: payload, query: { token: token.toUpperCase() } },
			};
		},
		subscriptions: () => fake.subscribers.length,
		registeredUrls: () => fake.subscribers.map((s) => String(s.target_url)),
		dropOne: () => void fake.subscribers.shift(),
		isCreate: (method, p) => method === 'POST' && p === '/api/v2/resthook_subscribers.json',
		isDelete: (method, p) => method === 'DELETE' && p === '/api/v2/resthook_subscribers.json',
	};
}

export const weniCases: ProviderCases = {
	provider: 'Weni',
	nodeType: 'weni',
	credentialType: 'weniApi',
	fake,
	key: WENI_TOKEN,
	// The fake speaks RapidPro; forcing it keeps the one-time detection read out of the request counts.
	credentials: (baseUrl) => ({ apiToken: WENI_TOKEN, baseUrl, apiFlavour: 'rapidpro' }),
	errorBody: (_status, message) => ({ detail: message }),
	// Operations without a case yet: each should get one (the suite fails on a new one missing).
	operations: [
		// Contact
		{
			name: 'contact:applyAction',
			params: {
				resource: 'contact',
				operation: 'applyAction',
				contactAction: 'add',
				contact: contactUuid(1),
				group: GROUP_VIP,
			},
			fields: { required: ['contact', 'group'], enums: ['contactAction'], urns: ['contact'] },
		},
		{
			// Several items through the bulk path (every item carries the bad value).
			name: 'contact:applyAction bulk',
			params: {
				resource: 'contact',
				operation: 'applyAction',
				contactAction: 'block',
				contact: contactUrn(2),
			},
			items: [{}, {}, {}],
			fields: { required: ['contact'], enums: ['contactAction'], urns: ['contact'] },
		},
		{
			name: 'contact:create',
			params: {
				resource: 'contact',
				operation: 'create',
				urns: whatsapp('5582999912001'),
				name: 'Manu Silva',
				additionalFields: { language: 'por', groups: [GROUP_VIP] },
				fieldValues: nickName,
			},
			fields: {
				required: ['urns.urn.0.urnValue', 'fieldValues.field.0.key'],
				enums: ['urns.urn.0.scheme', 'additionalFields.language'],
				urns: ['urns.urn.0.urnValue'],
				texts: ['name'],
			},
		},
		{
			name: 'contact:create tel',
			params: {
				resource: 'contact',
				operation: 'create',
				urns: { urn: [{ scheme: 'tel', urnValue: '+14155550101' }] },
			},
			fields: { required: ['urns.urn.0.urnValue'], phones: ['urns.urn.0.urnValue'] },
		},
		{
			name: 'contact:create mailto',
			params: {
				resource: 'contact',
				operation: 'create',
				urns: { urn: [{ scheme: 'mailto', urnValue: 'robust@acme.test' }] },
			},
			fields: { required: ['urns.urn.0.urnValue'], emails: ['urns.urn.0.urnValue'] },
		},
		{
			name: 'contact:create full URN',
			params: {
				resource: 'contact',
				operation: 'create',
				urns: { urn: [{ scheme: 'urn', urnValue: 'telegram:98765' }] },
			},
			fields: { required: ['urns.urn.0.urnValue'], urns: ['urns.urn.0.urnValue'] },
		},
		{
			name: 'contact:get by UUID',
			params: { resource: 'contact', operation: 'get', by: 'uuid', contactUuid: contactUuid(2) },
			fields: { required: ['contactUuid'], enums: ['by'] },
		},
		{
			name: 'contact:get by URN',
			params: { resource: 'contact', operation: 'get', by: 'urn', contactUrn: contactUrn(3) },
			fields: { required: ['contactUrn'], urns: ['contactUrn'] },
		},
		{
			name: 'contact:update by UUID',
			params: {
				resource: 'contact',
				operation: 'update',
				by: 'uuid',
				contactUuid: contactUuid(4),
				name: 'Renamed',
				updateFields: { language: 'eng', groups: [GROUP_VIP] },
				urns: whatsapp('5582999912099'),
				fieldValues: nickName,
			},
			fields: {
				required: ['contactUuid', 'urns.urn.0.urnValue', 'fieldValues.field.0.key'],
				enums: ['by', 'updateFields.language', 'urns.urn.0.scheme'],
				urns: ['urns.urn.0.urnValue'],
				texts: ['name'],
			},
		},
		{
			name: 'contact:update by URN',
			params: {
				resource: 'contact',
				operation: 'update',
				by: 'urn',
				contactUrn: contactUrn(5),
				name: 'By URN',
			},
			fields: { required: ['contactUrn'], urns: ['contactUrn'], texts: ['name'] },
		},
		{
			name: 'contact:delete by UUID',
			params: {
				resource: 'contact',
				operation: 'delete',
				by: 'uuid',
				contactUuid: contactUuid(11),
			},
			fields: { required: ['contactUuid'], enums: ['by'] },
		},
		{
			name: 'contact:delete by URN',
			params: { resource: 'contact', operation: 'delete', by: 'urn', contactUrn: contactUrn(12) },
			fields: { required: ['contactUrn'], urns: ['contactUrn'] },
		},
		{
			name: 'contact:list',
			params: {
				resource: 'contact',
				operation: 'getAll',
				limit: 5,
				filters: {
					group: GROUP_VIP,
					urn: contactUrn(6),
					...dateRange,
					reverse: true,
					deleted: false,
				},
			},
			fields: {
				numbers: ['limit'],
				urns: ['filters.urn'],
				dates: DATES,
				texts: ['filters.group'],
				booleans: ['filters.reverse', 'filters.deleted'],
			},
		},

		// Contact field
		{
			name: 'field:create',
			params: { resource: 'field', operation: 'create', name: 'Robust field', type: 'text' },
			fields: { required: ['name'], enums: ['type'], texts: ['name'] },
		},
		{
			name: 'field:update',
			params: {
				resource: 'field',
				operation: 'update',
				key: 'age',
				name: 'Age in years',
				type: 'number',
			},
			fields: { required: ['key'], enums: ['type'], texts: ['name'] },
		},
		limitOnly('field'),
		limitOnly('campaign'),
		limitOnly('campaignEvent'),
		limitOnly('channel'),
		limitOnly('global'),
		limitOnly('topic'),
		limitOnly('ticket'),
		simplifiedList('flowRun'),
		{
			name: 'message:applyAction',
			params: {
				resource: 'message',
				operation: 'applyAction',
				messageAction: 'label',
				messageId: 1,
				label: LABEL_URGENT,
			},
			fields: {
				required: ['messageId', 'label'],
				numbers: ['messageId'],
				enums: ['messageAction'],
			},
		},
		{
			name: 'ticket:applyAction',
			params: {
				resource: 'ticket',
				operation: 'applyAction',
				ticketAction: 'add_note',
				ticketUuid: TICKET_OPEN,
				note: 'Called back',
			},
			fields: { required: ['ticketUuid', 'note'], enums: ['ticketAction'] },
		},
		{
			name: 'message:sendAndWait',
			params: {
				resource: 'message',
				operation: 'sendAndWait',
				contact: contactUuid(1),
				message: 'Refund order 1042?',
			},
			fields: { required: ['contact', 'message'], urns: ['contact'], enums: ['responseType'] },
			firstItemOnly: true,
		},

		// Contact group, message label
		...named('group', 'group', GROUP_VIP, GROUP_SPARE, 'VIP'),
		...named('label', 'label', LABEL_URGENT, LABEL_SPARE, 'Urgent'),

		// Flow
		{
			name: 'flow:list',
			params: {
				resource: 'flow',
				operation: 'getAll',
				limit: 5,
				filters: { archived: 'false', type: 'message', ...dateRange },
			},
			fields: { enums: ['filters.archived', 'filters.type'], numbers: ['limit'], dates: DATES },
		},
		{
			name: 'flow:listStarts',
			params: { resource: 'flowStart', operation: 'getAll', limit: 5, filters: dateRange },
			fields: { numbers: ['limit'], dates: DATES },
		},
		{
			name: 'flow:start',
			params: {
				resource: 'flow',
				operation: 'start',
				flow: FLOW_ONBOARDING,
				contacts: contactUuid(6),
				urns: 'whatsapp:5582999912100, tel:+14155550102',
				groups: [GROUP_VIP],
				options: { params: '{"order": 42}', restart_participants: true, exclude_active: false },
			},
			fields: {
				required: ['flow'],
				urns: ['contacts', 'urns'],
				json: ['options.params'],
				booleans: ['options.restart_participants', 'options.exclude_active'],
			},
		},

		// Message
		{
			name: 'message:send',
			params: send,
			fields: {
				required: ['contact', 'text'],
				urns: ['contact'],
				texts: ['text', 'options.quickReplies.reply.0.replyText'],
			},
		},
		{
			name: 'message:send attachments',
			params: {
				...send,
				text: '',
				options: { attachments: `image/jpeg:${MEDIA_URL}` },
			},
			fields: { urls: ['options.attachments'] },
		},
		{
			name: 'message:list',
			params: {
				resource: 'message',
				operation: 'getAll',
				filterBy: 'all',
				limit: 5,
				filters: dateRange,
			},
			fields: { enums: ['filterBy'], numbers: ['limit'], dates: DATES },
		},
		{
			name: 'message:list broadcast',
			params: {
				resource: 'message',
				operation: 'getAll',
				filterBy: 'broadcast',
				broadcast: 7,
				limit: 5,
			},
			fields: { required: ['broadcast'], numbers: ['broadcast'] },
		},
		{
			name: 'message:list contact',
			params: {
				resource: 'message',
				operation: 'getAll',
				filterBy: 'contact',
				contact: contactUuid(1),
				limit: 5,
			},
			fields: { required: ['contact'] },
		},
		{
			name: 'message:list folder',
			params: {
				resource: 'message',
				operation: 'getAll',
				filterBy: 'folder',
				folder: 'inbox',
				limit: 5,
			},
			fields: { required: ['folder'], enums: ['folder'] },
		},
		{
			name: 'message:list label',
			params: {
				resource: 'message',
				operation: 'getAll',
				filterBy: 'label',
				label: LABEL_URGENT,
				limit: 5,
			},
			// The label (name or UUID) has no maximum yet: see the report.
			fields: { required: ['label'], texts: ['label'] },
		},

		// Broadcast
		{
			name: 'broadcast:send',
			params: {
				resource: 'broadcast',
				operation: 'send',
				text: 'Promoção',
				contacts: contactUuid(8),
				urns: 'tel:+14155550123',
				groups: [GROUP_VIP],
				options: { quickReplies: replies('Quero', 'Não quero') },
			},
			fields: {
				required: ['text'],
				urns: ['contacts', 'urns'],
				texts: ['text', 'options.quickReplies.reply.0.replyText'],
			},
		},
		{
			name: 'broadcast:send attachments',
			params: {
				resource: 'broadcast',
				operation: 'send',
				text: '',
				groups: [GROUP_VIP],
				options: { attachments: `image/jpeg:${MEDIA_URL}` },
			},
			fields: { urls: ['options.attachments'] },
		},
		{
			name: 'broadcast:list',
			params: { resource: 'broadcast', operation: 'getAll', limit: 5, filters: dateRange },
			fields: { numbers: ['limit'], dates: DATES },
		},
	],
	faultRead: {
		name: 'contact:get by UUID',
		params: { resource: 'contact', operation: 'get', by: 'uuid', contactUuid: contactUuid(2) },
		fields: {},
	},
	faultWrite: { name: 'message:send', params: send, fields: {} },
	trigger: resthookTrigger(fake),
};

/**
 * The operations that exist on Weni Flows only, against a fake speaking Weni
 * Flows (weni-ai/flows). The suite points each provider entry at one fake and
 * one credential (test/robustness/robustness.robust.ts lists the entries), so
 * these are an entry of their own: add `weniFlowsCases` to that list. Message
 * → Send Template is refused before any request on RapidPro, so it can only be
 * measured here; Send and Broadcast go through whatsapp_broadcasts.json there.
 */
const flowsFake = new FakeWeni('', { generation: 'flows' });
flowsFake.seedContacts(12);
const sendTemplate = {
	resource: 'message',
	operation: 'sendTemplate',
	contact: contactUuid(7),
	template: TEMPLATE_WELCOME,
	variables: 'Manu, 12/10',
	locale: 'pt-BR',
};
const flowsSend = { ...send, contact: contactUrn(7) };

export const weniFlowsCases: ProviderCases = {
	provider: 'Weni Flows',
	nodeType: 'weni',
	credentialType: 'weniApi',
	fake: flowsFake,
	key: WENI_TOKEN,
	credentials: (baseUrl) => ({ apiToken: WENI_TOKEN, baseUrl, apiFlavour: 'flows' }),
	errorBody: (_status, message) => ({ detail: message }),
	operations: [
		{
			name: 'message:sendTemplate',
			params: sendTemplate,
			fields: { required: ['contact', 'template'], urns: ['contact'], texts: ['locale'] },
			readsFirst: 1,
		},
		{
			name: 'message:sendTemplate by URN',
			params: { ...sendTemplate, contact: contactUrn(7) },
			fields: { urns: ['contact'] },
			readsFirst: 1,
		},
		{
			name: 'message:send (whatsapp_broadcasts)',
			params: flowsSend,
			fields: {
				required: ['contact', 'text'],
				urns: ['contact'],
				texts: ['text', 'options.quickReplies.reply.0.replyText'],
			},
		},
		{
			name: 'message:send attachments (public URL)',
			params: {
				...flowsSend,
				text: '',
				options: { attachments: 'image/jpeg:https://cdn.example/a.jpg' },
			},
			fields: { urls: ['options.attachments'] },
		},
		{
			name: 'message:sendTemplate options',
			params: {
				...sendTemplate,
				options: {
					headerText: 'Oi @contact.name',
					footer: 'Acme',
					quickReplies: 'Sim, Não',
					buttonParameters: 'order/1234',
				},
			},
			fields: {
				texts: [
					'options.headerText',
					'options.footer',
					'options.quickReplies',
					'options.buttonParameters',
				],
			},
			readsFirst: 1,
		},
		{
			name: 'template:list',
			params: {
				resource: 'template',
				operation: 'getAll',
				limit: 5,
				filters: { ...dateRange, name: 'welcome_message', status: 'A' },
			},
			fields: {
				numbers: ['limit'],
				dates: DATES,
				enums: ['filters.status'],
				texts: ['filters.name'],
			},
		},
		{
			name: 'whatsappBroadcast:list',
			params: {
				resource: 'whatsappBroadcast',
				operation: 'getAll',
				limit: 5,
				filters: { ...dateRange, id: 7 },
			},
			fields: { numbers: ['limit', 'filters.id'], dates: DATES },
		},
	],
	faultRead: {
		name: 'contact:get by UUID',
		params: { resource: 'contact', operation: 'get', by: 'uuid', contactUuid: contactUuid(2) },
		fields: {},
	},
	// A pure write: Send Template reads its template first (see readsFirst).
	faultWrite: { name: 'message:send', params: flowsSend, fields: {} },
	trigger: resthookTrigger(flowsFake),
};
