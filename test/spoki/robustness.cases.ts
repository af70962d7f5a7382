import type { IDataObject } from 'n8n-workflow';

import {
	FakeSpoki,
	SPOKI_KEY,
	SPOKI_PARTNER_KEY,
	signedDelivery,
	spokiEvent,
	spokiSignature,
} from '../fakes/spoki';
import { byIdCase, operationCase } from '../harness/cases';
import { opParams } from '../harness/operation';
import type { ProviderCases } from '../robustness/types';
import { TEMPLATE_EXTRAS } from './fixtures';

/**
 * Spoki cases for the robustness suite (test/robustness): add `spokiCases` to
 * its provider list. Every operation of the node is listed, each with the
 * kinds of every parameter the node validates. The fake has no rate limit
 * unless a test asks for one (`rateLimit`), so the suite's own pace is free.
 *
 * Kinds used beyond their plainest reading, and why:
 * - numeric Spoki ids (path ids, the template id of a send, the channel and
 *   tag ids of filters) are `numbers`: the node requires digits only;
 * - language codes are `enums`: a closed set of codes whose format the node checks;
 * - `Field Type` of a custom field is an options list of numbers: `enums`.
 */
const fake = new FakeSpoki();
fake.seedContacts(6); // ids 1001..1006
fake.seedTickets(5); // ids 5001..5005

const API = '\\/api\\/1';
const path = (pattern: string) => new RegExp(`^${API}${pattern}\\/$`);
/** A case for a record named by a numeric Spoki id in a path under `pattern` (see byIdCase). */
const numericId = (
	resource: string,
	operation: string,
	idField: string,
	id: string,
	pattern: string,
) => byIdCase(resource, operation, idField, id, path(pattern), true);
const PHONE = '+393331234567';
const sendText = opParams('message', 'sendText', {
	phone: PHONE,
	text: 'Ciao',
	additionalFields: { metadata: '{"order_id": 42}' },
});
const customFields = { field: [{ code: 'ORDER_ID', value: 'A-1042' }] };

/** The event the valid delivery carries; the replay sends it again. */
let lastValid: ReturnType<typeof spokiEvent> | undefined;
const inbound = () =>
	spokiEvent('message.inbound', {
		message: { id: 77, text: 'Ciao', content_type: 'Text' },
		contact: { id: 1001, phone: PHONE },
	});
const now = () => Math.floor(Date.now() / 1000);

export const spokiCases: ProviderCases = {
	provider: 'Spoki',
	nodeType: 'spoki',
	credentialType: 'spokiApi',
	fake,
	key: SPOKI_KEY,
	credentials: (baseUrl) => ({ apiKey: SPOKI_KEY, baseUrl }),
	errorBody: (_status, message) => ({ detail: message }),
	// Operations without a case yet: each should get one (the suite fails on a new one missing).
	operations: [
		// Message
		operationCase(sendText, {
			required: ['phone', 'text'],
			phones: ['phone'],
			texts: ['text'],
			json: ['additionalFields.metadata'],
		}),
		operationCase(
			opParams('message', 'sendTemplate', {
				phone: PHONE,
				templateId: '301',
				language: 'IT',
				customFields,
				additionalFields: TEMPLATE_EXTRAS,
			}),
			{
				required: [
					'phone',
					'templateId',
					'customFields.field.0.code',
					'additionalFields.buttons.button.0.payload',
				],
				phones: ['phone'],
				emails: ['additionalFields.email'],
				urls: ['additionalFields.headerMediaUrl'],
				enums: ['language'],
				numbers: ['templateId', 'additionalFields.buttons.button.0.order'],
				texts: [
					'customFields.field.0.value',
					'additionalFields.buttons.button.0.payload',
					'additionalFields.headerMediaFilename',
				],
				json: ['additionalFields.metadata'],
			},
		),

		// Contact
		operationCase(
			opParams('contact', 'upsert', {
				phone: '+393339990001',
				additionalFields: {
					email: 'ana@acme.test',
					firstName: 'Ana',
					lastName: 'Bianchi',
					language: 'it',
					status: 'Subscribed',
				},
				customFields,
			}),
			{
				required: ['phone', 'customFields.field.0.code'],
				phones: ['phone'],
				emails: ['additionalFields.email'],
				enums: ['additionalFields.status', 'additionalFields.language'],
				texts: [
					'additionalFields.firstName',
					'additionalFields.lastName',
					'customFields.field.0.value',
				],
			},
		),
		// Several items through the bulk sync endpoint (every item carries the bad value).
		operationCase(
			opParams('contact', 'upsert', {
				phone: '+393339990002',
				bulkSync: true,
				additionalFields: { email: 'bea@acme.test' },
			}),
			{ required: ['phone'], phones: ['phone'], emails: ['additionalFields.email'] },
			{ label: 'bulk', items: [{}, {}, {}] },
		),
		operationCase(
			opParams('contact', 'get', { contactId: '1001', simplify: true }),
			{
				required: ['contactId'],
				numbers: ['contactId'],
				ids: ['contactId'],
				booleans: ['simplify'],
			},
			{ path: path('\\/contacts\\/[^/]+') },
		),
		operationCase(
			opParams('contact', 'update', {
				contactId: '1002',
				updateFields: {
					phone: '+393331112222',
					email: 'carla@acme.test',
					firstName: 'Carla',
					lastName: 'Verdi',
					language: 'en',
					isBlocked: false,
				},
				customFields,
			}),
			{
				required: ['contactId', 'updateFields.phone', 'customFields.field.0.code'],
				phones: ['updateFields.phone'],
				emails: ['updateFields.email'],
				enums: ['updateFields.language'],
				numbers: ['contactId'],
				texts: ['updateFields.firstName', 'updateFields.lastName', 'customFields.field.0.value'],
				ids: ['contactId'],
				booleans: ['updateFields.isBlocked'],
			},
			{ path: path('\\/contacts\\/[^/]+') },
		),
		numericId('contact', 'delete', 'contactId', '1006', '\\/contacts\\/[^/]+'),
		operationCase(
			opParams('contact', 'getAll', {
				limit: 5,
				filters: {
					search: 'Contact',
					email: 'ana@acme.test',
					phone: PHONE,
					firstName: 'Ana',
					lastName: 'Bianchi',
					language: 'it',
					status: 'Subscribed',
					tag: '11',
					isBlocked: false,
				},
			}),
			{
				booleans: ['filters.isBlocked'],
				phones: ['filters.phone'],
				emails: ['filters.email'],
				enums: ['filters.status', 'filters.language'],
				numbers: ['limit', 'filters.tag'],
				// First and last name have no maximum yet (search has 200, the contact itself 255): see the report.
				texts: ['filters.search', 'filters.firstName', 'filters.lastName'],
			},
		),

		// Automation
		numericId('automation', 'get', 'automationId', '345016', '\\/automations\\/[^/]+'),
		operationCase(
			opParams('automation', 'getAll', {
				limit: 5,
				filters: { search: 'Welcome', isActive: true, webhookPlatform: 'Api' },
			}),
			{
				enums: ['filters.webhookPlatform'],
				numbers: ['limit'],
				texts: ['filters.search'],
				booleans: ['filters.isActive'],
			},
		),
		// One item given explicitly: a valid start makes two requests (the trigger
		// lookup and the start), which the matrix's second-item check counts as one
		// request too many, so that check is not run here.
		operationCase(
			opParams('automation', 'start', {
				automationId: '345016',
				phone: PHONE,
				additionalFields: {
					email: 'ana@acme.test',
					firstName: 'Ana',
					lastName: 'Bianchi',
					language: 'it',
					metadata: '{"source": "n8n"}',
				},
				customFields,
			}),
			{
				required: ['automationId', 'phone', 'customFields.field.0.code'],
				phones: ['phone'],
				emails: ['additionalFields.email'],
				enums: ['additionalFields.language'],
				numbers: ['automationId'],
				texts: [
					'additionalFields.firstName',
					'additionalFields.lastName',
					'customFields.field.0.value',
				],
				json: ['additionalFields.metadata'],
				ids: ['automationId'],
			},
			{ items: [{}], path: /^(\/api\/1\/automations\/[^/]+|\/wh\/ap\/[^/]+)\/$/ },
		),

		// Several items starting one automation: one bulk start (every item carries the bad value).
		operationCase(
			opParams('automation', 'start', {
				automationId: '345016',
				phone: PHONE,
				additionalFields: { email: 'ana@acme.test' },
			}),
			{
				required: ['automationId', 'phone'],
				phones: ['phone'],
				emails: ['additionalFields.email'],
				numbers: ['automationId'],
				ids: ['automationId'],
			},
			{
				label: 'bulk',
				items: [{}, {}, {}],
				path: /^(\/api\/1\/automations\/[^/]+|\/wh\/ap\/[^/]+(\/bulk)?)\/$/,
			},
		),

		// List
		operationCase(opParams('list', 'getAll', { limit: 5, filters: { search: 'News' } }), {
			numbers: ['limit'],
			texts: ['filters.search'],
		}),
		numericId('list', 'get', 'listId', '81', '\\/lists\\/[^/]+'),
		operationCase(opParams('list', 'create', { name: 'Robust list' }), {
			required: ['name'],
			texts: ['name'],
		}),
		operationCase(
			opParams('list', 'addContacts', {
				listId: '82',
				phone: '+393339990009',
				additionalFields: { email: 'ana@acme.test', firstName: 'Ana', language: 'it' },
				customFields,
			}),
			{
				required: ['listId', 'phone', 'customFields.field.0.code'],
				phones: ['phone'],
				emails: ['additionalFields.email'],
				enums: ['additionalFields.language'],
				numbers: ['listId'],
				texts: ['additionalFields.firstName', 'customFields.field.0.value'],
				ids: ['listId'],
			},
			{ items: [{}, {}], path: /^\/api\/1\/lists\/[^/]+\/sync_contacts\/$/ },
		),
		operationCase(
			opParams('list', 'removeContacts', { listId: '82', by: 'phones', values: '+393339990009' }),
			{
				required: ['listId', 'values'],
				enums: ['by'],
				numbers: ['listId'],
				ids: ['listId'],
			},
			{ path: /^\/api\/1\/lists\/[^/]+\/remove_contacts\/$/ },
		),
		byIdCase(
			'list',
			'removeAllContacts',
			'listId',
			'82',
			/^\/api\/1\/lists\/[^/]+\/remove_all_contacts\/$/,
			true,
		),
		numericId('list', 'delete', 'listId', '82', '\\/lists\\/[^/]+'),

		// Interactive messages, operators
		operationCase(
			opParams('message', 'sendButtons', {
				phone: PHONE,
				text: 'Confirm?',
				buttons: { button: [{ text: 'Yes', payload: 'ok' }] },
				additionalFields: { footer: 'Acme', metadata: '{"a": 1}' },
			}),
			{
				required: ['phone', 'text', 'buttons.button.0.text'],
				phones: ['phone'],
				texts: [
					'text',
					'buttons.button.0.text',
					'buttons.button.0.payload',
					'additionalFields.footer',
				],
				json: ['additionalFields.metadata'],
			},
		),
		operationCase(
			opParams('message', 'sendList', {
				phone: PHONE,
				text: 'Pick',
				listTitle: 'Slots',
				rows: { row: [{ section: 'Mon', title: 'Morning', description: '9-12', payload: 'am' }] },
			}),
			{
				required: ['phone', 'text', 'listTitle', 'rows.row.0.title'],
				phones: ['phone'],
				texts: [
					'text',
					'listTitle',
					'rows.row.0.section',
					'rows.row.0.title',
					'rows.row.0.description',
					'rows.row.0.payload',
				],
			},
		),
		// Add and remove an operator: the same fields, each on its own path.
		...[
			['addOperator', 'add_operator'],
			['removeOperator', 'remove_operator'],
		].map(([operation, segment]) =>
			operationCase(
				opParams('contact', operation, { contactId: '1001', email: 'anna@acme.test' }),
				{
					required: ['contactId', 'email'],
					emails: ['email'],
					numbers: ['contactId'],
					ids: ['contactId'],
				},
				{ path: path(`\\/contacts\\/[^/]+\\/${segment}`) },
			),
		),

		// Template, tag
		operationCase(
			opParams('template', 'get', {
				templateId: '301',
				options: { channelId: '1' },
				simplify: true,
			}),
			{
				required: ['templateId'],
				numbers: ['templateId', 'options.channelId'],
				ids: ['templateId'],
				booleans: ['simplify'],
			},
			{ path: path('\\/templates\\/[^/]+') },
		),
		operationCase(
			opParams('template', 'getAll', { limit: 5, filters: { channelId: '1', search: 'order' } }),
			{ numbers: ['limit', 'filters.channelId'], texts: ['filters.search'] },
		),
		numericId('tag', 'get', 'tagId', '11', '\\/tags\\/[^/]+'),
		operationCase(opParams('tag', 'getAll', { limit: 5 }), { numbers: ['limit'] }),

		// Custom field
		operationCase(
			opParams('customField', 'create', {
				label: 'Robust Label',
				code: 'ROBUST_CODE',
				fieldType: 1,
				example: 'R-1',
			}),
			{
				required: ['label', 'code', 'example'],
				enums: ['fieldType'],
				texts: ['label', 'code', 'example'],
			},
		),
		numericId('customField', 'get', 'customFieldId', '61', '\\/custom-fields\\/[^/]+'),
		operationCase(
			opParams('customField', 'update', { customFieldId: '61', label: 'Order ID' }),
			{
				required: ['customFieldId', 'label'],
				numbers: ['customFieldId'],
				texts: ['label'],
				ids: ['customFieldId'],
			},
			{ path: path('\\/custom-fields\\/[^/]+') },
		),
		numericId('customField', 'delete', 'customFieldId', '62', '\\/custom-fields\\/[^/]+'),
		operationCase(
			opParams('customField', 'getAll', { limit: 5, filters: { code: 'ORDER', label: 'Order' } }),
			{ numbers: ['limit'], texts: ['filters.code', 'filters.label'] },
		),

		// Ticket
		operationCase(
			opParams('ticket', 'create', {
				contactPhone: PHONE,
				title: 'Damaged parcel',
				additionalFields: {
					description: 'Box arrived open',
					priority: 'High',
					reference: 'A-1042',
					status: 'Open',
				},
			}),
			{
				required: ['contactPhone', 'title'],
				phones: ['contactPhone'],
				enums: ['additionalFields.priority', 'additionalFields.status'],
				texts: ['title', 'additionalFields.description', 'additionalFields.reference'],
			},
		),
		numericId('ticket', 'get', 'ticketId', '5001', '\\/tickets\\/[^/]+'),
		operationCase(
			opParams('ticket', 'update', {
				ticketId: '5002',
				updateFields: {
					contactPhone: PHONE,
					title: 'Parcel replaced',
					description: 'Sent again',
					priority: 'Low',
					reference: 'A-1043',
					status: 'Resolved',
				},
			}),
			{
				required: ['ticketId', 'updateFields.contactPhone', 'updateFields.title'],
				phones: ['updateFields.contactPhone'],
				enums: ['updateFields.priority', 'updateFields.status'],
				numbers: ['ticketId'],
				texts: ['updateFields.title', 'updateFields.description', 'updateFields.reference'],
				ids: ['ticketId'],
			},
			{ path: path('\\/tickets\\/[^/]+') },
		),
		numericId('ticket', 'delete', 'ticketId', '5005', '\\/tickets\\/[^/]+'),
		operationCase(
			opParams('ticket', 'getAll', {
				limit: 5,
				filters: { status: 'OPEN' },
				options: { order: 'asc', page: 1, perPage: 10, sortBy: 'created_datetime' },
			}),
			{
				enums: ['filters.status', 'options.order'],
				numbers: ['limit', 'options.page', 'options.perPage'],
			},
		),

		operationCase(
			opParams('message', 'sendAndWait', { phone: PHONE, message: 'Refund order 1042?' }),
			{ required: ['phone', 'message'], phones: ['phone'], enums: ['responseType'] },
			{ firstItemOnly: true },
		),

		// Campaign, account, agency, partner
		operationCase(
			opParams('campaign', 'getAll', {
				limit: 5,
				filters: {
					scheduledAfter: '2026-01-01T00:00:00Z',
					scheduledBefore: '2026-12-31T00:00:00Z',
				},
			}),
			{ numbers: ['limit'], dates: ['filters.scheduledAfter', 'filters.scheduledBefore'] },
		),
		numericId('account', 'get', 'accountId', '501', '\\/accounts\\/[^/]+'),
		numericId(
			'account',
			'getCurrentReport',
			'accountId',
			'501',
			'\\/accounts\\/[^/]+\\/current_report',
		),
		operationCase(opParams('account', 'getAll', { limit: 5 }), { numbers: ['limit'] }),
		operationCase(opParams('agency', 'getAll', { limit: 5 }), { numbers: ['limit'] }),
		// Needs a partner key to succeed; every bad input here is refused before any request.
		operationCase(
			opParams('partner', 'getAll', { limit: 5 }),
			{ numbers: ['limit'] },
			{ key: SPOKI_PARTNER_KEY },
		),
	],
	faultRead: {
		name: 'account:get',
		params: opParams('account', 'get', { accountId: '501' }),
		fields: {},
	},
	faultWrite: { name: 'message:sendText', params: sendText, fields: {} },
	trigger: {
		type: 'spokiTrigger',
		parameters: { events: ['message.inbound'] },
		multiParameters: { events: ['message.inbound', 'message.outbound', 'contact.created'] },
		valid: () => {
			lastValid = inbound();
			return { body: lastValid, ...signedDelivery(fake.secretFor('message.inbound'), lastValid) };
		},
		rejected: () => {
			const secret = fake.secretFor('message.inbound');
			const fresh = () => {
				const body = inbound();
				return { body, raw: JSON.stringify(body) };
			};
			const signed = (timestamp: number, key = secret) => {
				const { body, raw } = fresh();
				return { body, raw, headers: { 'x-spoki-signature': spokiSignature(key, raw, timestamp) } };
			};
			const withHeader = (header: string) => {
				const { body, raw } = fresh();
				return { body, raw, headers: { 'x-spoki-signature': header } };
			};
			const validSignature = (raw: string, t = now()) =>
				spokiSignature(secret, raw, t).split(',')[1];
			const tampered = (() => {
				const { body, raw } = fresh();
				const header = spokiSignature(secret, raw);
				const changed = { ...body, data: { ...(body.data as IDataObject), forged: true } };
				return {
					body: changed,
					raw: JSON.stringify(changed),
					headers: { 'x-spoki-signature': header },
				};
			})();
			const movedTimestamp = (() => {
				const { body, raw } = fresh();
				const t = now();
				return {
					body,
					raw,
					headers: { 'x-spoki-signature': `t=${t - 10},${validSignature(raw, t)}` },
				};
			})();
			const replay = lastValid ?? inbound();
			return {
				unsigned: fresh(),
				'wrong signature': withHeader(`t=${now()},v2=${'0'.repeat(64)}`),
				'stale (301 s old)': signed(now() - 301),
				// Built before the deliveries run: ahead by more than the tolerance even after a slow run.
				'from the future (330 s ahead)': signed(now() + 330),
				'malformed header (garbage)': withHeader('not-a-signature'),
				'malformed header (no timestamp)': (() => {
					const { body, raw } = fresh();
					return { body, raw, headers: { 'x-spoki-signature': validSignature(raw) } };
				})(),
				'malformed header (repeated key)': (() => {
					const { body, raw } = fresh();
					return {
						body,
						raw,
						headers: { 'x-spoki-signature': `${spokiSignature(secret, raw)},t=${now()}` },
					};
				})(),
				'malformed header (short signature)': withHeader(`t=${now()},v2=abc123`),
				'signed with another secret': signed(now(), 'whsec_not-the-secret-of-this-webhook'),
				'body changed after signing': tampered,
				'timestamp changed after signing': movedTimestamp,
				'replayed event_uuid': {
					body: replay,
					...signedDelivery(secret, replay),
					replayOfValid: true,
				},
			};
		},
		subscriptions: () => fake.webhooks.length,
		registeredUrls: () => fake.webhooks.map((w) => String(w.url)),
		dropOne: () => void fake.webhooks.shift(),
		isCreate: (method, p) => method === 'POST' && p === '/api/1/external-webhooks/',
		isDelete: (method, p) => method === 'DELETE' && p.startsWith('/api/1/external-webhooks/'),
	},
};
