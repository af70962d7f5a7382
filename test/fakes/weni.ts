import { randomUUID } from 'node:crypto';

import { parseMultipart } from './heyy';
import type { FakeResponse, RecordedRequest } from './server';
import { FakeServer, testKey } from './server';

/**
 * The two APIs Weni answers with (docs/api/weni-fork.md):
 * - `flows`: Weni's own platform, weni-ai/flows at 759885231e (temba/api/v2/{urls,views,serializers}.py);
 * - `rapidpro`: current RapidPro API v2, weni-ai/rapidpro at bce8da3 and nyaruka/rapidpro at c4e8d48.
 * Every route below names the file it follows, or says "guess".
 */
export type Generation = 'flows' | 'rapidpro';

/** URN.SCHEME_CHOICES of each codebase (temba/contacts/models.py). */
const SCHEMES: Record<Generation, string[]> = {
	flows: [
		'tel',
		'facebook',
		'instagram',
		'twitter',
		'twitterid',
		'viber',
		'line',
		'telegram',
		'mailto',
		'ext',
		'jiochat',
		'wechat',
		'fcm',
		'whatsapp',
		'freshchat',
		'vk',
		'rocketchat',
		'discord',
		'weniwebchat',
		'slack',
		'teams',
	],
	rapidpro: [
		'tel',
		'mailto',
		'ext',
		'facebook',
		'fcm',
		'freshchat',
		'instagram',
		'jiochat',
		'line',
		'rocketchat',
		'slack',
		'teams',
		'telegram',
		'twitterid',
		'twitter',
		'viber',
		'vk',
		'wechat',
		'webchat',
		'weniwebchat',
		'whatsapp',
	],
};

/** Media.ALLOWED_CONTENT_TYPES and MAX_UPLOAD_SIZE (weni-ai/rapidpro temba/msgs/models.py). */
const MEDIA_TYPES = /^(image\/(apng|avif|gif|jpeg|png|webp)|audio\/.+|video\/.+|application\/pdf)$/;
const MAX_UPLOAD = 25 * 1024 * 1024;

/**
 * weni-ai/flows temba/api/v2/serializers.py normalize_extra: text cut to 640, key characters
 * outside [a-zA-Z0-9_] become "_", at most 256 values (FLOW_START_PARAMS_SIZE, settings_common.py).
 */
function normalizeExtra(extra: unknown): unknown {
	let count = -1;
	const walk = (value: unknown): unknown => {
		count++;
		if (typeof value === 'string') return value.slice(0, 640);
		if (value === null || value === undefined) return '';
		if (typeof value !== 'object') return value;
		const out: Record<string, unknown> = {};
		for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
			out[k.replace(/[^a-zA-Z0-9_]/g, '_').slice(0, 255)] = walk(v);
			if (count >= 256) break;
		}
		return out;
	};
	return walk(extra);
}

/** Python's json.dumps length (`, ` / `: ` separators, ensure_ascii) as FlowStartWriteSerializer measures params. */
function pythonDumpsLength(value: unknown): number {
	if (value === null || value === undefined) return 4;
	if (Array.isArray(value))
		return (
			2 +
			value.reduce<number>((n, v) => n + pythonDumpsLength(v), 0) +
			Math.max(0, value.length - 1) * 2
		);
	if (typeof value === 'object') {
		const entries = Object.entries(value as Record<string, unknown>);
		return (
			2 +
			entries.reduce((n, [k, v]) => n + pythonDumpsLength(k) + 2 + pythonDumpsLength(v), 0) +
			Math.max(0, entries.length - 1) * 2
		);
	}
	return [...JSON.stringify(value)].reduce(
		(n, ch) => n + (ch.length === 2 ? 12 : ch.charCodeAt(0) > 0x7e ? 6 : 1),
		0,
	);
}

/** A fresh fake token per run: only the fake knows it. */
export const WENI_TOKEN = testKey('weni');

type Row = Record<string, unknown>;

export const GROUP_VIP = '6685e933-26e1-4363-a468-8f7268ab63a9';
export const GROUP_SMART = '5f05311e-8f81-4a67-a5b5-1501b6d6496a';
export const FLOW_ONBOARDING = 'f5901b62-ba76-4003-9c62-72fdacc1b7b7';
export const FLOW_ARCHIVED = 'a0b1c2d3-0000-4000-8000-000000000099';
export const LABEL_URGENT = '9f2b2c4e-1b7a-4c7a-9a0b-0c1d2e3f4a5b';
export const TEMPLATE_WELCOME = '7d1c0a2e-5b3f-4c8a-9e6d-2f4b6a8c0e11';
export const TEMPLATE_PENDING = '8e2d1b3f-6c4a-4d9b-8f7e-3a5c7b9d1f22';

/** TemplateTranslation.STATUS_CHOICES (weni-ai/flows temba/templates/models.py): code → displayed status. */
const TEMPLATE_STATUS: Record<string, string> = {
	A: 'approved',
	I: 'in_appeal',
	P: 'pending',
	E: 'pending_deletion',
	D: 'deleted',
	S: 'disabled',
	L: 'locked',
	R: 'rejected',
	U: 'unsupported_language',
	T: 'paused',
};

/** Read-only rows of campaigns.json, campaign_events.json, channels.json and globals.json. */
export const CAMPAIGN_BIRTHDAYS = 'c1a2b3c4-0000-4000-8000-000000000001';
export const CAMPAIGN_RENEWALS = 'c1a2b3c4-0000-4000-8000-000000000002';
export const CHANNEL_WHATSAPP = 'b3f6e0a2-1c2d-4e5f-8a9b-0c1d2e3f4a5b';
// CampaignReadSerializer (temba/api/v2/serializers.py, both): uuid, name, archived, group, created_on.
const CAMPAIGNS: Row[] = [
	{
		uuid: CAMPAIGN_RENEWALS,
		name: 'Renewals',
		archived: false,
		group: { uuid: GROUP_VIP, name: 'VIP' },
		created_on: '2026-01-02T10:00:00.000000Z',
	},
	{
		uuid: CAMPAIGN_BIRTHDAYS,
		name: 'Birthdays',
		archived: false,
		group: { uuid: GROUP_VIP, name: 'VIP' },
		created_on: '2026-01-01T10:00:00.000000Z',
	},
];
// CampaignEventReadSerializer (nyaruka/rapidpro temba/api/v2/serializers.py): flow or message, never both.
const CAMPAIGN_EVENTS: Row[] = [1, 2, 3].map((i) => ({
	uuid: `e0e0e0e0-0000-4000-8000-00000000000${i}`,
	campaign:
		i < 3
			? { uuid: CAMPAIGN_BIRTHDAYS, name: 'Birthdays' }
			: { uuid: CAMPAIGN_RENEWALS, name: 'Renewals' },
	relative_to: { key: 'birthday', name: 'Birthday' },
	offset: i - 1,
	unit: 'days',
	delivery_hour: 9,
	flow: i === 2 ? null : { uuid: FLOW_ONBOARDING, name: 'Onboarding' },
	message: i === 2 ? { por: 'Feliz aniversário!' } : null,
	created_on: `2026-01-0${4 - i}T09:00:00.000000Z`,
}));
// ChannelReadSerializer (both): uuid, name, address, type, country, device, last_seen, created_on.
const CHANNELS: Row[] = [
	{
		uuid: CHANNEL_WHATSAPP,
		name: 'WhatsApp',
		address: '+5582999990000',
		type: 'WAC',
		country: 'BR',
		device: null,
		last_seen: '2026-01-05T12:00:00.000000Z',
		created_on: '2026-01-02T08:00:00.000000Z',
	},
	{
		uuid: 'b3f6e0a2-1c2d-4e5f-8a9b-0c1d2e3f4a5c',
		name: 'Telegram',
		address: 'acme_bot',
		type: 'TG',
		country: null,
		device: null,
		last_seen: null,
		created_on: '2026-01-01T08:00:00.000000Z',
	},
];
export const TOPIC_SUPPORT = '040edbfe-be55-48f3-864d-a4a7147c447b';
export const TICKET_OPEN = '9a8b001e-a913-486c-80f4-1356e23f5801';
export const TICKET_OPEN_2 = '9a8b001e-a913-486c-80f4-1356e23f5802';
export const TICKET_CLOSED = '9a8b001e-a913-486c-80f4-1356e23f5803';
export const TICKET_CONTACT = 'f1ea776e-c923-4c1a-b3a3-0c466932b2cc';
// TopicReadSerializer: uuid, name, created_on (nyaruka/rapidpro adds counts and system).
const TOPICS: Row[] = [
	{ uuid: TOPIC_SUPPORT, name: 'Support', created_on: '2026-01-02T08:00:00.000000Z' },
	{
		uuid: '040edbfe-be55-48f3-864d-a4a7147c4400',
		name: 'General',
		created_on: '2026-01-01T08:00:00.000000Z',
	},
];
// TicketReadSerializer (TicketsEndpoint docstring, nyaruka/rapidpro temba/api/v2/views.py).
const TICKETS: Row[] = [TICKET_OPEN, TICKET_OPEN_2, TICKET_CLOSED].map((uuid, i) => ({
	uuid,
	contact:
		i === 1
			? { uuid: 'f1ea776e-c923-4c1a-b3a3-0c466932b200', name: 'Ann' }
			: { uuid: TICKET_CONTACT, name: 'Jim' },
	status: i === 2 ? 'closed' : 'open',
	topic: { uuid: TOPIC_SUPPORT, name: 'Support' },
	assignee: null,
	opened_on: `2026-01-0${i + 1}T09:00:00.000000Z`,
	modified_on: `2026-01-0${3 - i}T09:00:00.000000Z`,
	closed_on: i === 2 ? '2026-01-03T09:00:00.000000Z' : null,
}));
export const TICKET_USER = 'agent@acme.test';
// UsersEndpoint rows (nyaruka/rapidpro temba/api/v2/tests/test_users.py): email, names, role.
const USERS: Row[] = [
	{
		uuid: '5b9e5a6e-7d1b-4c1e-9f0a-1a2b3c4d5e01',
		name: 'Agnes',
		email: TICKET_USER,
		first_name: 'Agnes',
		last_name: '',
		role: 'agent',
		created_on: '2026-01-01T08:00:00.000000Z',
	},
];
// GlobalReadSerializer (both): key, name, value, modified_on; most recently modified first.
// `is_active` is the model's (temba/globals/models.py), never serialized: false is a deleted global.
const GLOBALS: Row[] = [
	{
		key: 'support_phone',
		name: 'Support Phone',
		value: '+5582999990001',
		modified_on: '2026-01-03T10:00:00.000000Z',
		is_active: true,
	},
	{
		key: 'old_hotline',
		name: 'Old Hotline',
		value: '+5582999990009',
		modified_on: '2026-01-02T10:00:00.000000Z',
		is_active: false,
	},
	{
		key: 'org_name',
		name: 'Org Name',
		value: 'Acme',
		modified_on: '2026-01-01T10:00:00.000000Z',
		is_active: true,
	},
];

/** The WhatsApp URN of seeded contact number `i`. */
export function contactUrn(i: number): string {
	return `whatsapp:55829990${String(i).padStart(5, '0')}`;
}

/** Deterministic contact UUID number `i`. */
export function contactUuid(i: number): string {
	return `c0000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** RapidPro's URN checks (URN.validate, temba/contacts/models.py), reduced to what the tests need. */
function validUrn(urn: unknown, generation: Generation): boolean {
	if (typeof urn !== 'string') return false;
	const [scheme, ...rest] = urn.split(':');
	const path = rest.join(':');
	if (!path) return false;
	switch (scheme) {
		case 'tel':
			return /^\+\d{7,15}$/.test(path);
		case 'whatsapp':
			return /^\d{1,15}$/.test(path);
		case 'mailto':
			return EMAIL.test(path);
		default:
			return SCHEMES[generation].includes(scheme);
	}
}

function stamp(minutes: number): string {
	return new Date(Date.UTC(2026, 0, 1) + minutes * 60_000).toISOString().replace('Z', '000Z');
}

const isObject = (v: unknown): v is Row => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Weni / RapidPro API v2 as described in docs/api/weni.md: `<base>/api/v2/<name>.json`,
 * `Authorization: Token`, cursor pages of 250 with absolute `next` links, 201 on
 * create, 204 on delete and bulk actions, DRF validation errors
 * (`{"field": ["msg"]}`, `{"non_field_errors": [...]}`, `{"detail": ...}`), and
 * resthooks with subscribers. Faults (429 + Retry-After…) come from `failNext`.
 */
export class FakeWeni extends FakeServer {
	pageSize = 250;

	/** Origin `next` links point at; the fake's own when unset (a proxy may rewrite it). */
	nextOrigin?: string;

	workspace: Row = {
		uuid: '6a44ca78-a4c2-4862-a7d3-2932f9b3a7c3',
		name: 'Acme Support',
		country: 'BR',
		languages: ['por', 'eng'],
		timezone: 'America/Sao_Paulo',
		date_style: 'day_first',
		anon: false,
	};

	contacts: Row[] = [];

	deletedContacts: Row[] = [];

	fields: Row[] = [];

	groups: Row[] = [];

	labels: Row[] = [];

	flows: Row[] = [];

	flowStarts: Row[] = [];

	broadcasts: Row[] = [];

	messages: Row[] = [];

	/** Flow runs (FlowRunReadSerializer rows), set by tests; listed newest-modified first. */
	runs: Row[] = [];

	resthooks: Row[] = [];

	subscribers: Row[] = [];

	/** Every accepted contact action, as `{action, contacts, group}`. */
	actions: Row[] = [];

	/** Messages archived by `archive_messages`, by contact UUID. */
	archivedFor: string[] = [];

	/** WhatsApp templates (Weni Flows TemplatesEndpoint rows). */
	templates: Row[] = [];

	/** Uploaded media: RapidPro Media objects, or Weni Flows' stored files (by location). */
	media: Row[] = [];

	/** Which API this fake speaks; RapidPro by default (what other suites were written against). Read per request. */
	generation: Generation;

	private seq = 0;

	private subscriberSeq = 1000;

	constructor(prefix = '', options: { generation?: Generation } = {}) {
		super(
			prefix,
			(req) => {
				const auth = req.headers.authorization;
				if (auth === undefined)
					return { status: 403, body: { detail: 'Authentication credentials were not provided.' } };
				if (auth !== `Token ${WENI_TOKEN}`)
					return { status: 401, body: { detail: 'Invalid token.' } };
				return undefined;
			},
			// Django answers unknown paths (and paths without .json) with an HTML page.
			() => ({ status: 404, raw: '<!doctype html><html><body><h1>Not Found</h1></body></html>' }),
		);
		this.generation = options.generation ?? 'rapidpro';
		this.reset();
		this.install();
	}

	/** Back to the seed data: two fields, a group and a smart group, flows, a label, resthooks. */
	reset(): void {
		this.contacts = [];
		this.deletedContacts = [];
		this.fields = [this.field('Nick name', 'text'), this.field('Age', 'number')];
		this.groups = [
			{ uuid: GROUP_VIP, name: 'VIP', query: null, status: 'ready', system: false, count: 0 },
			{
				uuid: GROUP_SMART,
				name: 'Developers',
				query: 'isdeveloper = "YES"',
				status: 'ready',
				system: false,
				count: 0,
			},
		];
		this.labels = [{ uuid: LABEL_URGENT, name: 'Urgent', count: 0 }];
		this.flows = [
			this.flow(FLOW_ONBOARDING, 'Onboarding', 'message', false),
			this.flow(FLOW_ARCHIVED, 'Old survey', 'survey', true),
		];
		this.flowStarts = [];
		this.broadcasts = [];
		this.messages = [];
		this.runs = [];
		this.resthooks = [
			{ resthook: 'new-lead', created_on: stamp(1), modified_on: stamp(1) },
			{ resthook: 'order-paid', created_on: stamp(2), modified_on: stamp(2) },
		];
		this.subscribers = [];
		this.actions = [];
		this.archivedFor = [];
		this.media = [];
		this.templates = [
			{
				uuid: TEMPLATE_WELCOME,
				name: 'welcome_message',
				translations: [
					{
						language: 'por',
						content: 'Oi {{1}}, tudo certo para {{2}}?',
						namespace: 'a1b2c3d4_e5f6',
						variable_count: 2,
						status: 'approved',
						channel: { uuid: CHANNELS[0].uuid, name: CHANNELS[0].name },
					},
				],
				created_on: stamp(0),
				modified_on: stamp(0),
			},
			{
				uuid: TEMPLATE_PENDING,
				name: 'order_shipped',
				translations: [
					{
						language: 'eng',
						content: 'Your order {{1}} has shipped',
						namespace: 'a1b2c3d4_e5f6',
						variable_count: 1,
						status: 'pending',
						channel: { uuid: CHANNELS[0].uuid, name: CHANNELS[0].name },
					},
				],
				created_on: stamp(5),
				modified_on: stamp(5),
			},
		];
	}

	/** Adds `n` active contacts "Contact i" with a WhatsApp URN each, modified a minute apart. */
	seedContacts(n: number): void {
		const start = this.contacts.length;
		for (let i = start + 1; i <= start + n; i++) {
			this.contacts.push({
				uuid: contactUuid(i),
				name: `Contact ${i}`,
				status: 'active',
				language: 'por',
				urns: [contactUrn(i)],
				groups: [],
				notes: [],
				fields: { nick_name: null, age: null },
				flow: null,
				created_on: stamp(i),
				modified_on: stamp(i),
				last_seen_on: null,
				blocked: false,
				stopped: false,
			});
		}
	}

	seedMessages(n: number): void {
		for (let i = 1; i <= n; i++) {
			const contact = this.contacts[(i - 1) % Math.max(1, this.contacts.length)];
			this.messages.push({
				uuid: randomUUID(),
				id: i,
				contact: contact ? { uuid: contact.uuid, name: contact.name } : null,
				urn: contact ? (contact.urns as string[])[0] : null,
				channel: { uuid: 'b3f6e0a2-1c2d-4e5f-8a9b-0c1d2e3f4a5b', name: 'WhatsApp' },
				direction: 'in',
				type: 'text',
				status: 'handled',
				visibility: 'visible',
				text: `Message ${i}`,
				attachments: [],
				quick_replies: [],
				labels: i === 1 ? [{ uuid: LABEL_URGENT, name: 'Urgent' }] : [],
				flow: null,
				folder: i % 2 ? 'inbox' : 'flows',
				broadcast: null,
				created_on: stamp(i),
				sent_on: null,
				modified_on: stamp(i),
			});
		}
	}

	contactByUrn(urn: string): Row | undefined {
		return this.contacts.find((c) => (c.urns as string[]).includes(urn));
	}

	/** A contact as given in a request: its UUID or one of its URNs. */
	lookupContact(ref: unknown): Row | undefined {
		if (typeof ref !== 'string') return undefined;
		return this.contacts.find((c) => c.uuid === ref) ?? this.contactByUrn(ref);
	}

	lookupGroup(ref: unknown): Row | undefined {
		if (typeof ref !== 'string') return undefined;
		return this.groups.find(
			(g) => g.uuid === ref || String(g.name).toLowerCase() === ref.toLowerCase(),
		);
	}

	private field(name: string, type: string): Row {
		return {
			key: name.toLowerCase().replace(/[^a-z0-9]+/g, '_'),
			name,
			type,
			featured: false,
			priority: 0,
			usages: { flows: 0, groups: 0, campaign_events: 0 },
			agent_access: 'edit',
			label: name,
			value_type: type === 'number' ? 'numeric' : type,
		};
	}

	/**
	 * A field as the server answers it: current RapidPro ContactFieldReadSerializer
	 * (key, name, type, featured, priority, usages, agent_access + legacy label,
	 * value_type; weni-ai/rapidpro temba/api/v2/serializers.py), Weni Flows' one
	 * (key, label, value_type, pinned; weni-ai/flows same file).
	 */
	fieldRow(f: Row): Row {
		if (this.generation === 'rapidpro') return f;
		return {
			key: f.key,
			label: f.name,
			value_type: f.type === 'number' ? 'numeric' : f.type,
			pinned: false,
		};
	}

	private flow(uuid: string, name: string, type: string, archived: boolean): Row {
		return {
			uuid,
			name,
			type,
			archived,
			labels: [],
			expires: 10080,
			runs: { active: 0, waiting: 0, completed: 0, interrupted: 0, expired: 0, failed: 0 },
			results: [
				{ key: 'answer', name: 'Answer', categories: ['Yes', 'No', 'Other'], node_uuids: [] },
			],
			parent_refs: [],
			created_on: stamp(0),
			modified_on: stamp(0),
		};
	}

	private bad(errors: Row): FakeResponse {
		return { status: 400, body: errors };
	}

	private missing(): FakeResponse {
		return { status: 404, body: { detail: 'Not found.' } };
	}

	/** DRF CursorPagination: `{next, previous, results}`, absolute links carrying every filter. */
	private paged(req: RecordedRequest, list: Row[]): FakeResponse {
		let offset = 0;
		if (req.query.cursor) {
			const decoded = /^o=(\d+)$/.exec(Buffer.from(req.query.cursor, 'base64').toString('utf8'));
			if (!decoded) return { status: 404, body: { detail: 'Invalid cursor' } };
			offset = Number(decoded[1]);
		}
		const origin = this.nextOrigin ?? new URL(this.baseUrl).origin;
		const link = (at: number) => {
			const query = new URLSearchParams(req.query);
			query.set('cursor', Buffer.from(`o=${at}`).toString('base64'));
			return `${origin}${req.path}?${query.toString()}`;
		};
		const next = offset + this.pageSize < list.length ? link(offset + this.pageSize) : null;
		const previous = offset > 0 ? link(Math.max(0, offset - this.pageSize)) : null;
		return {
			status: 200,
			body: { next, previous, results: list.slice(offset, offset + this.pageSize) },
		};
	}

	private byDate(req: RecordedRequest, list: Row[], key = 'modified_on'): Row[] {
		const { after, before } = req.query;
		return list.filter(
			(row) =>
				(!after || String(row[key]) >= after.replace('Z', '000Z')) &&
				(!before || String(row[key]) <= before.replace('Z', '000Z')),
		);
	}

	private install(): void {
		const flows = () => this.generation === 'flows';
		// Routes: temba/api/v2/urls.py of both codebases (`<name>.json` via format_suffix_patterns).
		// workspace: WorkspaceEndpoint (views.py, both).
		// Source: WorkspaceEndpoint, temba/api/v2/views.py (weni-ai/flows, weni-ai/rapidpro).
		this.on('GET', '/api/v2/workspace.json', () => ({ status: 200, body: this.workspace }))
			// ContactsEndpoint list/write/delete (views.py, both; ContactWriteSerializer in serializers.py).
			// Source: ContactsEndpoint + ContactWriteSerializer, temba/api/v2/views.py and serializers.py (both).
			.on('GET', '/api/v2/contacts.json', (req) => this.listContacts(req))
			// Source: ContactsEndpoint + ContactWriteSerializer, temba/api/v2/views.py and serializers.py (both).
			.on('POST', '/api/v2/contacts.json', (req) => this.writeContact(req))
			// Source: ContactsEndpoint + ContactWriteSerializer, temba/api/v2/views.py and serializers.py (both).
			.on('DELETE', '/api/v2/contacts.json', (req) => {
				const { uuid, urn } = req.query;
				if (!uuid && !urn)
					return this.bad({
						detail: 'URL must contain one of the following parameters: urn, uuid',
					});
				const contact = uuid ? this.contacts.find((c) => c.uuid === uuid) : this.contactByUrn(urn);
				if (!contact) return this.missing();
				this.release(contact);
				return { status: 204 };
			})
			// ContactActionsEndpoint + ContactBulkActionSerializer (views.py, serializers.py, both).
			// Source: ContactActionsEndpoint + ContactBulkActionSerializer, temba/api/v2/views.py and serializers.py (both).
			.on('POST', '/api/v2/contact_actions.json', (req) => this.contactAction(req))
			// FieldsEndpoint; rows per fieldRow (serializers.py of each codebase).
			// Source: FieldsEndpoint, temba/api/v2/views.py; read/write serializers per generation in serializers.py.
			.on('GET', '/api/v2/fields.json', (req) =>
				this.paged(
					req,
					this.fields
						.filter((f) => !req.query.key || f.key === req.query.key)
						.map((f) => this.fieldRow(f)),
				),
			)
			// Source: FieldsEndpoint, temba/api/v2/views.py; read/write serializers per generation in serializers.py.
			.on('POST', '/api/v2/fields.json', (req) => this.writeField(req))
			// GroupsEndpoint (views.py, both): filter by uuid or name.
			// Source: GroupsEndpoint, temba/api/v2/views.py (both).
			.on('GET', '/api/v2/groups.json', (req) =>
				this.paged(
					req,
					this.groups.filter(
						(g) =>
							(!req.query.uuid || g.uuid === req.query.uuid) &&
							(!req.query.name || String(g.name).toLowerCase() === req.query.name.toLowerCase()),
					),
				),
			)
			// Source: GroupsEndpoint, temba/api/v2/views.py (both).
			.on('POST', '/api/v2/groups.json', (req) =>
				this.writeNamed(req, this.groups, {
					query: null,
					status: 'ready',
					system: false,
					count: 0,
				}),
			)
			// GroupsEndpoint.perform_destroy: only unarchived triggers and campaigns block a delete (weni-ai/rapidpro views.py).
			// Source: GroupsEndpoint, temba/api/v2/views.py (both).
			.on('DELETE', '/api/v2/groups.json', (req) => this.deleteNamed(req, this.groups))
			// LabelsEndpoint (views.py, both).
			// Source: LabelsEndpoint, temba/api/v2/views.py (both).
			.on('GET', '/api/v2/labels.json', (req) =>
				this.paged(
					req,
					this.labels.filter(
						(l) =>
							(!req.query.uuid || l.uuid === req.query.uuid) &&
							(!req.query.name || String(l.name).toLowerCase() === req.query.name.toLowerCase()),
					),
				),
			)
			// Source: LabelsEndpoint, temba/api/v2/views.py (both).
			.on('POST', '/api/v2/labels.json', (req) => this.writeNamed(req, this.labels, { count: 0 }))
			// Source: LabelsEndpoint, temba/api/v2/views.py (both).
			.on('DELETE', '/api/v2/labels.json', (req) => this.deleteNamed(req, this.labels))
			// FlowsEndpoint (views.py, both): uuid, type, archived, before/after.
			// Source: FlowsEndpoint, temba/api/v2/views.py (both).
			.on('GET', '/api/v2/flows.json', (req) => {
				const { uuid, type, archived } = req.query;
				if (archived && !['true', 'false'].includes(archived))
					return this.bad({ detail: 'archived must be true or false' });
				return this.paged(
					req,
					this.byDate(req, this.flows).filter(
						(f) =>
							(!uuid || f.uuid === uuid) &&
							(!type || f.type === type) &&
							(!archived || String(f.archived) === archived),
					),
				);
			})
			// FlowStartsEndpoint + FlowStartWriteSerializer (views.py, serializers.py, both).
			// Source: FlowStartsEndpoint + FlowStartWriteSerializer, temba/api/v2/views.py and serializers.py (both).
			.on('GET', '/api/v2/flow_starts.json', (req) =>
				this.paged(req, this.byDate(req, this.flowStarts)),
			)
			// Source: FlowStartsEndpoint + FlowStartWriteSerializer, temba/api/v2/views.py and serializers.py (both).
			.on('POST', '/api/v2/flow_starts.json', (req) => this.startFlow(req))
			// BroadcastsEndpoint: filter by uuid (RapidPro) or id (both), before/after on created_on (views.py).
			// Source: BroadcastsEndpoint + BroadcastWriteSerializer, temba/api/v2/views.py and serializers.py (per generation).
			.on('GET', '/api/v2/broadcasts.json', (req) =>
				this.paged(
					req,
					this.byDate(req, this.broadcasts, 'created_on').filter(
						(b) =>
							(!req.query.uuid || (!flows() && b.uuid === req.query.uuid)) &&
							(!req.query.id || String(b.id) === req.query.id),
					),
				),
			)
			// Source: BroadcastsEndpoint + BroadcastWriteSerializer, temba/api/v2/views.py and serializers.py (per generation).
			.on('POST', '/api/v2/broadcasts.json', (req) => this.sendBroadcast(req))
			// MessagesEndpoint (views.py, both): list only on Weni Flows.
			// Source: MessagesEndpoint, temba/api/v2/views.py (list on both; POST on RapidPro only).
			.on('GET', '/api/v2/messages.json', (req) => this.listMessages(req))
			// Source: MessagesEndpoint, temba/api/v2/views.py (list on both; POST on RapidPro only).
			.on('POST', '/api/v2/messages.json', (req) =>
				flows()
					? // weni-ai/flows views.py: MessagesEndpoint(ListAPIMixin, BaseAPIView) has no POST; DRF answers 405.
						{ status: 405, body: { detail: 'Method "POST" not allowed.' } }
					: this.sendMessage(req),
			)
			// Source: MessageActionsEndpoint + MsgBulkActionSerializer, temba/api/v2/views.py and serializers.py
			// (weni-ai/flows, weni-ai/rapidpro; routed as message_actions in urls.py of both).
			.on('POST', '/api/v2/message_actions.json', (req) => this.messageAction(req))
			// Source: RunsEndpoint + FlowRunReadSerializer, temba/api/v2/views.py and serializers.py
			// (weni-ai/flows, weni-ai/rapidpro; routed as runs in urls.py of both).
			.on('GET', '/api/v2/runs.json', (req) => this.listRuns(req))
			// MediaEndpoint: RapidPro MediaWriteSerializer (`file` → Media); Weni Flows `media_file` + `extension` → {location}.
			// Source: MediaEndpoint, temba/api/v2/views.py (weni-ai/flows: media_file + extension; weni-ai/rapidpro: MediaWriteSerializer file).
			.on('POST', '/api/v2/media.json', (req) => this.uploadMedia(req))
			// ResthooksEndpoint, ResthookSubscribersEndpoint (views.py, both).
			// Source: ResthooksEndpoint, temba/api/v2/views.py (both).
			.on('GET', '/api/v2/resthooks.json', (req) => this.paged(req, this.resthooks))
			// Source: ResthookSubscribersEndpoint, temba/api/v2/views.py (both).
			.on('GET', '/api/v2/resthook_subscribers.json', (req) =>
				this.paged(
					req,
					this.subscribers.filter(
						(s) =>
							(!req.query.resthook || s.resthook === req.query.resthook) &&
							(!req.query.id || String(s.id) === req.query.id),
					),
				),
			)
			// Source: ResthookSubscribersEndpoint, temba/api/v2/views.py (both).
			.on('POST', '/api/v2/resthook_subscribers.json', (req) => {
				const b = req.body === undefined ? {} : req.body;
				if (!isObject(b))
					return this.bad({ non_field_errors: ['Request body should be a single JSON object'] });
				const errors: Row = {};
				if (!b.resthook) errors.resthook = ['This field is required.'];
				else if (!this.resthooks.some((r) => r.resthook === b.resthook))
					errors.resthook = [`No resthook with slug: ${String(b.resthook)}`];
				if (!b.target_url) errors.target_url = ['This field is required.'];
				else if (!/^https?:\/\/\S+$/.test(String(b.target_url)))
					errors.target_url = ['Enter a valid URL.'];
				if (Object.keys(errors).length) return this.bad(errors);
				if (
					this.subscribers.some((s) => s.resthook === b.resthook && s.target_url === b.target_url)
				) {
					return this.bad({ non_field_errors: ['URL is already subscribed to this event.'] });
				}
				const subscriber = {
					id: ++this.subscriberSeq,
					resthook: b.resthook,
					target_url: b.target_url,
					created_on: stamp(this.subscriberSeq),
				};
				this.subscribers.push(subscriber);
				return { status: 201, body: subscriber };
			})
			// Source: ResthookSubscribersEndpoint, temba/api/v2/views.py (both).
			.on('DELETE', '/api/v2/resthook_subscribers.json', (req) => {
				const i = this.subscribers.findIndex((s) => String(s.id) === req.query.id);
				if (i < 0) return this.missing();
				this.subscribers.splice(i, 1);
				return { status: 204 };
			});
		// Source: TemplatesEndpoint.filter_queryset, weni-ai/flows temba/api/v2/views.py: `uuid`,
		// `name`, `status` (a TemplateTranslation status code, "A" when absent: temba/templates/
		// models.py STATUS_CHOICES), before/after on modified_on. RapidPro's urls.py routes no
		// templates endpoint: Django's HTML 404.
		this.on('GET', '/api/v2/templates.json', (req) => {
			if (!flows())
				return {
					status: 404,
					raw: '<!doctype html><html><body><h1>Not Found</h1></body></html>',
				};
			const status = TEMPLATE_STATUS[req.query.status ?? 'A'];
			return this.paged(
				req,
				this.byDate(req, this.templates).filter(
					(t) =>
						(!req.query.uuid || t.uuid === req.query.uuid) &&
						(!req.query.name || t.name === req.query.name) &&
						(t.translations as Row[]).some((tr) => tr.status === status),
				),
			);
		});
		// WhatsappBroadcastsEndpoint (weni-ai/flows views.py; WhatsappBroadcastWriteSerializer in serializers.py).
		// On RapidPro the path is not routed: Django's HTML 404.
		const notFound: FakeResponse = {
			status: 404,
			raw: '<!doctype html><html><body><h1>Not Found</h1></body></html>',
		};
		// Source: WhatsappBroadcastsEndpoint, weni-ai/flows temba/api/v2/views.py (404 on RapidPro: not in its urls.py).
		this.on(
			'GET',
			'/api/v2/whatsapp_broadcasts.json',
			(req) =>
				flows()
					? this.paged(
							req,
							this.byDate(
								req,
								// filter_queryset: WhatsApp broadcasts only, `id` through get_int_param.
								this.broadcasts.filter(
									(b) => b.metadata && (!req.query.id || String(b.id) === req.query.id),
								),
								'created_on',
							),
						)
					: notFound,
			// Source: WhatsappBroadcastsEndpoint, weni-ai/flows temba/api/v2/views.py (404 on RapidPro: not in its urls.py).
		).on('POST', '/api/v2/whatsapp_broadcasts.json', (req) =>
			flows() ? this.sendWhatsapp(req) : notFound,
		);
		// Source: CampaignsEndpoint, temba/api/v2/views.py (nyaruka/rapidpro, weni-ai/flows): `uuid` filter.
		this.on('GET', '/api/v2/campaigns.json', (req) =>
			this.paged(
				req,
				CAMPAIGNS.filter((c) => !req.query.uuid || c.uuid === req.query.uuid),
			),
		);
		// Source: CampaignEventsEndpoint.filter_queryset, temba/api/v2/views.py (both): `uuid`, and
		// `campaign` as a UUID or name (an unknown campaign lists nothing).
		this.on('GET', '/api/v2/campaign_events.json', (req) => {
			const ref = req.query.campaign;
			const campaign = ref ? CAMPAIGNS.find((c) => c.uuid === ref || c.name === ref) : undefined;
			return this.paged(
				req,
				CAMPAIGN_EVENTS.filter(
					(e) =>
						(!req.query.uuid || e.uuid === req.query.uuid) &&
						(!ref || (campaign !== undefined && (e.campaign as Row).uuid === campaign.uuid)),
				),
			);
		});
		// Source: ChannelsEndpoint.filter_queryset, temba/api/v2/views.py (both): `uuid` and `address`.
		// ChannelReadSerializer: weni-ai/flows answers no `type` (serializers.py Meta.fields); RapidPro does.
		this.on('GET', '/api/v2/channels.json', (req) =>
			this.paged(
				req,
				CHANNELS.filter(
					(c) =>
						(!req.query.uuid || c.uuid === req.query.uuid) &&
						(!req.query.address || c.address === req.query.address),
				).map(({ type, ...rest }) => (flows() ? rest : { ...rest, type })),
			),
		);
		// Source: TicketsEndpoint.filter_queryset, temba/api/v2/views.py (both): `contact` (UUID; unknown lists nothing), `uuid`.
		this.on('GET', '/api/v2/tickets.json', (req) =>
			this.paged(
				req,
				TICKETS.filter(
					(t) =>
						(!req.query.uuid || t.uuid === req.query.uuid) &&
						(!req.query.contact || (t.contact as Row).uuid === req.query.contact),
				),
			),
		);
		// Source: TopicsEndpoint, temba/api/v2/views.py (both): no filters.
		this.on('GET', '/api/v2/topics.json', (req) => this.paged(req, TOPICS));
		this.on('GET', '/api/v2/users.json', (req) => this.paged(req, USERS));
		// Source: TicketActionsEndpoint + TicketBulkActionSerializer, temba/api/v2/views.py and
		// serializers.py (both): at most 100 ticket UUIDs; assign needs `assignee` (a user email or
		// null), add_note a `note`, change_topic a `topic` UUID. 204 on success; nyaruka/rapidpro answers
		// 200 {"failures": [...]} for tickets the action did not change (closing a closed ticket).
		this.on('POST', '/api/v2/ticket_actions.json', (req) => {
			const b = isObject(req.body) ? req.body : {};
			const errors: Row = {};
			const tickets = Array.isArray(b.tickets) ? (b.tickets as unknown[]) : [];
			if (!tickets.length) errors.tickets = ['This field is required.'];
			else if (tickets.length > 100)
				errors.tickets = ['Ensure this field has no more than 100 elements.'];
			else {
				const bad = tickets.find((t) => !TICKETS.some((r) => r.uuid === t));
				if (bad !== undefined) errors.tickets = [`No such object: ${String(bad)}`];
			}
			if (!['assign', 'add_note', 'change_topic', 'close', 'reopen'].includes(String(b.action)))
				errors.action = [`"${String(b.action)}" is not a valid choice.`];
			if (b.assignee !== undefined && b.assignee !== null && b.assignee !== TICKET_USER)
				errors.assignee = [`No such object: ${String(b.assignee)}`];
			if (b.topic !== undefined && !TOPICS.some((t) => t.uuid === b.topic))
				errors.topic = [`No such object: ${String(b.topic)}`];
			if (Object.keys(errors).length) return this.bad(errors);
			if (b.action === 'assign' && !('assignee' in b))
				return this.bad({
					non_field_errors: ['For action "assign" you must specify the assignee'],
				});
			if (b.action === 'add_note' && !b.note)
				return this.bad({ non_field_errors: ['For action "add_note" you must specify the note'] });
			if (b.action === 'change_topic' && !b.topic)
				return this.bad({
					non_field_errors: ['For action "change_topic" you must specify the topic'],
				});
			const status = (uuid: unknown) => TICKETS.find((t) => t.uuid === uuid)?.status;
			const failures = flows()
				? []
				: tickets.filter(
						(t) =>
							(b.action === 'close' && status(t) === 'closed') ||
							(b.action === 'reopen' && status(t) === 'open'),
					);
			return failures.length ? { status: 200, body: { failures } } : { status: 204 };
		});
		// Source: GlobalsEndpoint, temba/api/v2/views.py: `key`, before/after on modified_on. RapidPro keeps
		// only active globals (derive_queryset); Weni Flows' filter_queryset returns early with a date filter,
		// before its is_active filter, so deleted globals come back then (weni-ai/flows at 759885231e).
		this.on('GET', '/api/v2/globals.json', (req) => {
			const dated = Boolean(req.query.before || req.query.after);
			const rows = GLOBALS.filter(
				(g) => (!req.query.key || g.key === req.query.key) && (g.is_active || (flows() && dated)),
			).map((g) => {
				const shown = { ...g };
				delete shown.is_active;
				return shown;
			});
			return this.paged(req, this.byDate(req, rows));
		});
	}

	/** Media a RapidPro attachment may name: a Media UUID, or `type:url` whose URL holds one (fields.py MediaField). */
	private knownMedia(value: unknown): boolean {
		if (typeof value !== 'string') return false;
		const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i.exec(value)?.[0];
		return Boolean(uuid && this.media.some((m) => m.uuid === uuid));
	}

	/** RapidPro MsgWriteSerializer / BroadcastWriteSerializer: attachments (MediaField) and quick replies ({text, extra}). */
	private contentErrors(b: Row): Row {
		const errors: Row = {};
		if (b.attachments !== undefined) {
			if (!Array.isArray(b.attachments) || b.attachments.length > 10)
				errors.attachments = ['Ensure this field has no more than 10 elements.'];
			else {
				const bad = (b.attachments as unknown[]).find((a) => !this.knownMedia(a));
				if (bad !== undefined) errors.attachments = [`No such object: ${String(bad)}`];
			}
		}
		if (b.quick_replies !== undefined) {
			const replies = b.quick_replies as unknown[];
			if (!Array.isArray(replies) || replies.length > 10)
				errors.quick_replies = ['Ensure this field has no more than 10 elements.'];
			else if (
				replies.some(
					(r) =>
						!isObject(r) ||
						typeof r.text !== 'string' ||
						r.text.length > 64 ||
						(r.extra !== undefined &&
							r.extra !== null &&
							(typeof r.extra !== 'string' || r.extra.length > 64)) ||
						Object.keys(r).some((k) => k !== 'text' && k !== 'extra'),
				)
			) {
				errors.quick_replies = [
					'Each quick reply must be {"text": …, "extra": …} of at most 64 characters.',
				];
			}
		}
		return errors;
	}

	private uploadMedia(req: RecordedRequest): FakeResponse {
		const parts = parseMultipart(req);
		// MultiPartParser/FormParser only (parser_classes of both MediaEndpoints): JSON gets 415.
		if (!parts)
			return {
				status: 415,
				body: {
					detail: `Unsupported media type "${String(req.headers['content-type'])}" in request.`,
				},
			};
		if (this.generation === 'flows') {
			// weni-ai/flows views.py MediaEndpoint: both parts or an empty 400; orgs/models.py save_media names the file <uuid>.<extension>.
			const file = parts.find((p) => p.name === 'media_file' && p.fileName !== undefined);
			const extension = parts.find((p) => p.name === 'extension')?.value;
			if (!file || !extension) return { status: 400, body: {} };
			const location = `https://weni-media.example/media/${randomUUID()}.${extension}`;
			this.media.push({
				location,
				filename: file.fileName,
				content_type: file.contentType,
				size: file.value.length,
			});
			return { status: 201, body: { location } };
		}
		// weni-ai/rapidpro serializers.py MediaWriteSerializer.validate_file (type and 25 MB), MediaReadSerializer fields.
		const file = parts.find((p) => p.name === 'file' && p.fileName !== undefined);
		if (!file) return this.bad({ file: ['No file was submitted.'] });
		if (!MEDIA_TYPES.test(String(file.contentType)))
			return this.bad({ file: ['Unsupported file type.'] });
		if (file.value.length > MAX_UPLOAD)
			return this.bad({ file: ['Limit for file uploads is 25.0 MB.'] });
		const uuid = randomUUID();
		const media = {
			uuid,
			content_type: file.contentType,
			url: `https://rapidpro-media.example/${uuid}/${file.fileName}`,
			filename: file.fileName,
			size: file.value.length,
		};
		this.media.push(media);
		return { status: 201, body: media };
	}

	/** weni-ai/flows serializers.py WhatsappBroadcastWriteSerializer: urns/contacts ≤1000, groups, `msg` required. */
	private sendWhatsapp(req: RecordedRequest): FakeResponse {
		const b = req.body === undefined ? {} : req.body;
		if (!isObject(b))
			return this.bad({ non_field_errors: ['Request body should be a single JSON object'] });
		if (!isObject(b.msg)) return this.bad({ msg: ['This field is required.'] });
		const msg = b.msg;
		if (!(msg.text || msg.attachments || msg.template || msg.action_type || msg.carousel)) {
			return this.bad({
				msg: ['Must provide either text, attachments, template, action_type or carousel'],
			});
		}
		// guess: attachments are read as "type/sub:url" strings and quick replies as strings (the endpoint's docstring example).
		if (
			msg.attachments !== undefined &&
			(!Array.isArray(msg.attachments) ||
				msg.attachments.some(
					(a) => typeof a !== 'string' || !/^[\w.+-]+\/[\w.+-]+:https?:\/\//.test(a),
				))
		) {
			return this.bad({ msg: ['Attachments must be content-type:url strings'] });
		}
		if (
			msg.quick_replies !== undefined &&
			(!Array.isArray(msg.quick_replies) || msg.quick_replies.some((r) => typeof r !== 'string'))
		) {
			return this.bad({ msg: ['Quick replies must be strings'] });
		}
		// guess: header, footer and buttons in the shapes of the endpoint's docstring example (msg is a
		// DictField passed on to Weni's WhatsApp service; nothing in weni-ai/flows validates it).
		const header = msg.header as Row | undefined;
		const buttons = msg.buttons as Row[] | undefined;
		if (
			(header !== undefined &&
				(!isObject(header) || header.type !== 'text' || typeof header.text !== 'string')) ||
			(msg.footer !== undefined && typeof msg.footer !== 'string') ||
			(buttons !== undefined &&
				(!Array.isArray(buttons) ||
					buttons.some(
						(b) => !isObject(b) || typeof b.sub_type !== 'string' || !Array.isArray(b.parameters),
					)))
		) {
			return this.bad({ msg: ['Header, footer or buttons are not in the documented shape'] });
		}
		// WhatsappBroadcastWriteSerializer.validate: a channel of type WAC or WWC that exists.
		if (b.channel !== undefined) {
			const channel = CHANNELS.find((c) => c.uuid === b.channel);
			if (!channel) return this.bad({ non_field_errors: ['Channel not found'] });
			if (!['WAC', 'WWC'].includes(String(channel.type)))
				return this.bad({ non_field_errors: ['Invalid channel type'] });
		}
		const { errors, contacts, groups, urns } = this.recipients(b, 1000);
		if (Object.keys(errors).length) return this.bad(errors);
		if (!contacts.length && !groups.length && !urns.length) {
			return this.bad({ non_field_errors: ['Must provide either urns, contacts or groups'] });
		}
		// _validate_and_assign_template: a UUID (or a name with a channel) that must exist.
		if (msg.template !== undefined) {
			const template = msg.template as Row;
			if (!template.uuid && !template.name)
				return this.bad({ non_field_errors: ['Template UUID or Name are required.'] });
			if (!this.templates.some((t) => t.uuid === template.uuid)) {
				return this.bad({
					non_field_errors: [`Template with UUID ${String(template.uuid)} not found.`],
				});
			}
		}
		// WhatsappBroadcastReadSerializer: id, urns, contacts, groups, text, status, channel, metadata, created_on.
		const broadcast = {
			id: ++this.seq,
			urns,
			contacts,
			groups,
			text: {},
			status: 'queued',
			channel: null,
			metadata: msg,
			created_on: stamp(300_000 + this.seq),
		};
		this.broadcasts.unshift(broadcast);
		return { status: 201, body: broadcast };
	}

	private listContacts(req: RecordedRequest): FakeResponse {
		const { uuid, urn, group, deleted, reverse } = req.query;
		if (group && !this.lookupGroup(group)) return this.bad({ detail: `No such group: ${group}` });
		let list = deleted === 'true' ? this.deletedContacts : this.contacts;
		list = this.byDate(req, list).filter(
			(c) =>
				(!uuid || c.uuid === uuid) &&
				(!urn || (c.urns as string[]).includes(urn)) &&
				(!group || (c.groups as Row[]).some((g) => g.uuid === this.lookupGroup(group)!.uuid)),
		);
		if (reverse === 'true') list = [...list].reverse();
		return this.paged(req, list);
	}

	/** ContactWriteSerializer: create, update by `?uuid=`, or update-or-create by `?urn=`. */
	private writeContact(req: RecordedRequest): FakeResponse {
		const b = req.body === undefined ? {} : req.body;
		if (!isObject(b))
			return this.bad({ non_field_errors: ['Request body should be a single JSON object'] });
		const { uuid, urn } = req.query;
		let contact: Row | undefined;
		if (uuid) {
			contact = this.contacts.find((c) => c.uuid === uuid);
			if (!contact) return this.missing();
		} else if (urn) {
			if (!validUrn(urn, this.generation))
				return this.bad({
					urns: [`Invalid URN: ${urn}. Ensure phone numbers contain country codes.`],
				});
			contact = this.contactByUrn(urn);
		}
		const errors: Row = {};
		if (b.name !== undefined && b.name !== null && String(b.name).length > 64)
			errors.name = ['Ensure this field has no more than 64 characters.'];
		if (b.language !== undefined && b.language !== null && !/^[a-z]{3}$/.test(String(b.language)))
			errors.language = ['Not a valid ISO639-3 language code.'];
		if (b.urns !== undefined) {
			if (urn) errors.urns = ['Field not allowed when using URN in URL'];
			else if (!Array.isArray(b.urns))
				errors.urns = ['Expected a list of items but got type "str".'];
			else {
				const perIndex: Row = {};
				(b.urns as unknown[]).forEach((u, i) => {
					if (!validUrn(u, this.generation))
						perIndex[String(i)] = [
							`Invalid URN: ${String(u)}. Ensure phone numbers contain country codes.`,
						];
					else {
						const owner = this.contactByUrn(String(u));
						if (owner && owner !== contact)
							perIndex[String(i)] = ['URN is in use by another contact.'];
					}
				});
				if (Object.keys(perIndex).length) errors.urns = perIndex;
			}
		}
		let groups: Row[] | undefined;
		if (b.groups !== undefined) {
			groups = [];
			for (const ref of b.groups as unknown[]) {
				const g = this.lookupGroup(ref);
				if (!g) {
					errors.groups = [`No such object: ${String(ref)}`];
					break;
				}
				if (g.query) {
					errors.groups = [`Contact group must not be dynamic: ${String(ref)}`];
					break;
				}
				groups.push({ uuid: g.uuid, name: g.name });
			}
		}
		if (b.fields !== undefined) {
			if (!isObject(b.fields))
				errors.fields = ['Expected a dictionary of items but got type "list".'];
			else {
				const unknown = Object.keys(b.fields).find((k) => !this.fields.some((f) => f.key === k));
				if (unknown) errors.fields = [`Invalid contact field key: ${unknown}`];
			}
		}
		if (Object.keys(errors).length) return this.bad(errors);

		const now = stamp(100_000 + ++this.seq);
		if (!contact) {
			contact = {
				uuid: randomUUID(),
				name: b.name ?? null,
				status: 'active',
				language: b.language ?? null,
				urns: (b.urns as string[] | undefined) ?? (urn ? [urn] : []),
				groups: groups ?? [],
				notes: [],
				fields: Object.fromEntries(
					this.fields.map((f) => [f.key, (b.fields as Row | undefined)?.[String(f.key)] ?? null]),
				),
				flow: null,
				created_on: now,
				modified_on: now,
				last_seen_on: null,
				blocked: false,
				stopped: false,
			};
			this.contacts.push(contact);
			return { status: 201, body: contact };
		}
		for (const key of ['name', 'language']) if (key in b) contact[key] = b[key];
		if (b.urns !== undefined) contact.urns = b.urns;
		if (groups) contact.groups = groups;
		if (b.fields) contact.fields = { ...(contact.fields as Row), ...(b.fields as Row) };
		contact.modified_on = now;
		return { status: 200, body: contact };
	}

	private release(contact: Row): void {
		this.contacts.splice(this.contacts.indexOf(contact), 1);
		this.deletedContacts.push({
			...contact,
			name: null,
			status: null,
			language: null,
			urns: [],
			groups: [],
			fields: {},
		});
	}

	/** ContactBulkActionSerializer: the whole list is validated before anything is done. */
	private contactAction(req: RecordedRequest): FakeResponse {
		const b = req.body === undefined ? {} : req.body;
		if (!isObject(b))
			return this.bad({ non_field_errors: ['Request body should be a single JSON object'] });
		const actions = [
			'add',
			'remove',
			'block',
			'unblock',
			'interrupt',
			'archive_messages',
			'delete',
			'archive',
		];
		if (!Array.isArray(b.contacts)) return this.bad({ contacts: ['This field is required.'] });
		if (b.contacts.length > 100)
			return this.bad({ contacts: ['Ensure this field has no more than 100 elements.'] });
		if (b.contacts.length === 0) return this.bad({ contacts: ["Contacts can't be empty."] });
		if (!actions.includes(String(b.action)))
			return this.bad({ action: [`"${String(b.action)}" is not a valid choice.`] });
		const contacts: Row[] = [];
		for (const ref of b.contacts as unknown[]) {
			const c = this.lookupContact(ref);
			if (!c) return this.bad({ contacts: [`No such object: ${String(ref)}`] });
			contacts.push(c);
		}
		const action = String(b.action);
		const withGroup = action === 'add' || action === 'remove';
		let group: Row | undefined;
		if (withGroup) {
			if (b.group === undefined)
				return this.bad({
					non_field_errors: [`For action "${action}" you should also specify a group`],
				});
			group = this.lookupGroup(b.group);
			if (!group) return this.bad({ group: [`No such object: ${String(b.group)}`] });
			if (group.query)
				return this.bad({ group: [`Contact group must not be query based: ${String(b.group)}`] });
		} else if (b.group !== undefined) {
			return this.bad({
				non_field_errors: [`For action "${action}" you should not specify a group`],
			});
		}
		if (action === 'add') {
			const inactive = contacts.filter((c) => c.status !== 'active').map((c) => c.uuid);
			if (inactive.length)
				return this.bad({
					non_field_errors: [
						`Non-active contacts cannot be added to groups: ${inactive.join(', ')}`,
					],
				});
		}
		for (const c of contacts) {
			const groups = c.groups as Row[];
			if (action === 'add' && !groups.some((g) => g.uuid === group!.uuid))
				groups.push({ uuid: group!.uuid, name: group!.name });
			if (action === 'remove') c.groups = groups.filter((g) => g.uuid !== group!.uuid);
			if (action === 'block') Object.assign(c, { status: 'blocked', blocked: true, groups: [] });
			if (action === 'unblock') Object.assign(c, { status: 'active', blocked: false });
			if (action === 'interrupt') c.flow = null;
			if (action === 'archive_messages' || action === 'archive')
				this.archivedFor.push(String(c.uuid));
			if (action === 'delete') this.release(c);
		}
		this.actions.push({ action, contacts: b.contacts, group: b.group });
		return { status: 204 };
	}

	/**
	 * ContactFieldWriteSerializer. RapidPro (weni-ai/rapidpro serializers.py): `name` + `type`,
	 * legacy `label` + `value_type` also taken; names: letters, numbers, spaces, hyphens.
	 * Weni Flows (weni-ai/flows serializers.py): `label` and `value_type` both required
	 * (text, numeric, datetime, state, district, ward); labels also allow underscores;
	 * `name` / `type` are unknown keys DRF ignores.
	 */
	private writeField(req: RecordedRequest): FakeResponse {
		const b = req.body === undefined ? {} : req.body;
		if (!isObject(b))
			return this.bad({ non_field_errors: ['Request body should be a single JSON object'] });
		let existing: Row | undefined;
		if (req.query.key) {
			existing = this.fields.find((f) => f.key === req.query.key);
			if (!existing) return this.missing();
		}
		let name: string | undefined;
		let type: string | undefined;
		if (this.generation === 'flows') {
			const errors: Row = {};
			if (typeof b.label !== 'string' || !b.label) errors.label = ['This field is required.'];
			else if (!/^[A-Za-z0-9\-_ ]+$/.test(b.label) || b.label.length > 36)
				errors.label = ['Can only contain letters, numbers, hyphens and underscores.'];
			const valueTypes: Record<string, string> = {
				text: 'text',
				numeric: 'number',
				datetime: 'datetime',
				state: 'state',
				district: 'district',
				ward: 'ward',
			};
			if (b.value_type === undefined) errors.value_type = ['This field is required.'];
			else if (!valueTypes[String(b.value_type)])
				errors.value_type = [`"${String(b.value_type)}" is not a valid choice.`];
			if (Object.keys(errors).length) return this.bad(errors);
			name = String(b.label);
			type = valueTypes[String(b.value_type)];
		} else {
			name = (b.name ?? b.label) as string | undefined;
			const typeIn = (b.type ?? b.value_type) as string | undefined;
			const types: Record<string, string> = {
				text: 'text',
				number: 'number',
				numeric: 'number',
				datetime: 'datetime',
				state: 'state',
				district: 'district',
				ward: 'ward',
			};
			if (
				b.type !== undefined &&
				!['text', 'number', 'datetime', 'state', 'district', 'ward'].includes(String(b.type))
			) {
				return this.bad({ type: [`"${String(b.type)}" is not a valid choice.`] });
			}
			if (name !== undefined && !/^[A-Za-z0-9\- ]+$/.test(name))
				return this.bad({ name: ['Can only contain letters, numbers and hypens.'] });
			if (name !== undefined && name.length > 36)
				return this.bad({ name: ['Ensure this field has no more than 36 characters.'] });
			if (!name) return this.bad({ non_field_errors: ["Field 'name' is required."] });
			if (!typeIn) return this.bad({ non_field_errors: ["Field 'type' is required."] });
			type = types[typeIn];
		}
		const clash = this.fields.find(
			(f) => String(f.name).toLowerCase() === name!.toLowerCase() && f !== existing,
		);
		if (clash)
			return this.bad({
				[this.generation === 'flows' ? 'label' : 'name']: ['This field must be unique.'],
			});
		if (existing) {
			Object.assign(existing, {
				name,
				label: name,
				type,
				value_type: type === 'number' ? 'numeric' : type,
			});
			return { status: 200, body: this.fieldRow(existing) };
		}
		const created = this.field(name, type);
		this.fields.push(created);
		return { status: 201, body: this.fieldRow(created) };
	}

	/** Groups and labels: `POST {name}` creates (201), `POST ?uuid=` renames (200). */
	private writeNamed(req: RecordedRequest, list: Row[], extra: Row): FakeResponse {
		const b = req.body === undefined ? {} : req.body;
		if (!isObject(b))
			return this.bad({ non_field_errors: ['Request body should be a single JSON object'] });
		let existing: Row | undefined;
		if (req.query.uuid) {
			existing = list.find((x) => x.uuid === req.query.uuid);
			if (!existing) return this.missing();
		}
		const name = b.name;
		if (typeof name !== 'string' || !name.trim())
			return this.bad({ name: ['This field is required.'] });
		if (name.length > 64)
			return this.bad({ name: ['Ensure this field has no more than 64 characters.'] });
		if (list.some((x) => String(x.name).toLowerCase() === name.toLowerCase() && x !== existing)) {
			return this.bad({ name: ['This field must be unique.'] });
		}
		if (existing) {
			existing.name = name;
			return { status: 200, body: existing };
		}
		const created = { uuid: randomUUID(), name, ...extra };
		list.push(created);
		return { status: 201, body: created };
	}

	private deleteNamed(req: RecordedRequest, list: Row[]): FakeResponse {
		if (!req.query.uuid)
			return this.bad({ detail: 'URL must contain one of the following parameters: uuid' });
		const i = list.findIndex((x) => x.uuid === req.query.uuid);
		if (i < 0) return this.missing();
		if (list[i].inUse)
			return this.bad({ detail: 'Group is being used by triggers which must be archived first.' });
		list.splice(i, 1);
		return { status: 204 };
	}

	/** Resolves `contacts` / `groups` / `urns` of a start or broadcast, or gives DRF errors. */
	private recipients(
		b: Row,
		max = 100,
	): { errors: Row; contacts: Row[]; groups: Row[]; urns: string[] } {
		const errors: Row = {};
		const contacts: Row[] = [];
		const groups: Row[] = [];
		for (const key of ['contacts', 'groups', 'urns']) {
			const limit = key === 'groups' ? 100 : max;
			if (
				b[key] !== undefined &&
				(!Array.isArray(b[key]) || (b[key] as unknown[]).length > limit)
			) {
				errors[key] = [`Ensure this field has no more than ${limit} elements.`];
			}
		}
		for (const ref of (b.contacts as unknown[] | undefined) ?? []) {
			const c = this.lookupContact(ref);
			if (!c) {
				errors.contacts = [`No such object: ${String(ref)}`];
				break;
			}
			contacts.push({ uuid: c.uuid, name: c.name });
		}
		for (const ref of (b.groups as unknown[] | undefined) ?? []) {
			const g = this.lookupGroup(ref);
			if (!g) {
				errors.groups = [`No such object: ${String(ref)}`];
				break;
			}
			groups.push({ uuid: g.uuid, name: g.name });
		}
		const urns = ((b.urns as unknown[] | undefined) ?? []).map(String);
		const perIndex: Row = {};
		urns.forEach((u, i) => {
			if (!validUrn(u, this.generation))
				perIndex[String(i)] = [`Invalid URN: ${u}. Ensure phone numbers contain country codes.`];
		});
		if (Object.keys(perIndex).length) errors.urns = perIndex;
		return { errors, contacts, groups, urns };
	}

	private startFlow(req: RecordedRequest): FakeResponse {
		const b = req.body === undefined ? {} : req.body;
		if (!isObject(b))
			return this.bad({ non_field_errors: ['Request body should be a single JSON object'] });
		const errors: Row = {};
		const flow = this.flows.find((f) => f.uuid === b.flow);
		if (!b.flow) errors.flow = ['This field is required.'];
		else if (!flow) errors.flow = [`No such object: ${String(b.flow)}`];
		const { errors: recipientErrors, contacts, groups, urns } = this.recipients(b);
		Object.assign(errors, recipientErrors);
		if (b.params !== undefined && !isObject(b.params))
			errors.params = ['Must be a valid JSON object'];
		// FlowStartWriteSerializer.validate_params: len(json.dumps(value)) > 10000 (weni-ai/rapidpro serializers.py);
		// Weni Flows has no such limit and normalizes instead (normalize_extra, weni-ai/flows serializers.py).
		else if (
			this.generation === 'rapidpro' &&
			b.params !== undefined &&
			pythonDumpsLength(b.params) > 10_000
		)
			errors.params = ['Cannot exceed 10,000 characters encoded.'];
		if (Object.keys(errors).length) return this.bad(errors);
		if (!contacts.length && !groups.length && !urns.length) {
			return this.bad({ non_field_errors: ['Must specify at least one group, contact or URN'] });
		}
		const now = stamp(200_000 + ++this.seq);
		const start = {
			uuid: randomUUID(),
			flow: { uuid: flow!.uuid, name: flow!.name },
			status: 'pending',
			progress: { total: -1, started: 0 },
			groups,
			contacts,
			params: this.generation === 'flows' ? normalizeExtra(b.params ?? {}) : (b.params ?? {}),
			created_on: now,
			modified_on: now,
			id: this.seq,
			extra: this.generation === 'flows' ? normalizeExtra(b.params ?? {}) : (b.params ?? {}),
			restart_participants: b.restart_participants ?? true,
			exclude_active: b.exclude_active ?? false,
		};
		this.flowStarts.unshift(start);
		return { status: 201, body: start };
	}

	/**
	 * BroadcastWriteSerializer. RapidPro (weni-ai/rapidpro serializers.py): text, attachments,
	 * quick_replies, urns, contacts, groups. Weni Flows (weni-ai/flows serializers.py): text
	 * required, urns/contacts ≤1000, groups, ticket; other keys are ignored as DRF does.
	 */
	private sendBroadcast(req: RecordedRequest): FakeResponse {
		const b = req.body === undefined ? {} : req.body;
		if (!isObject(b))
			return this.bad({ non_field_errors: ['Request body should be a single JSON object'] });
		const flows = this.generation === 'flows';
		const { errors, contacts, groups, urns } = this.recipients(b, flows ? 1000 : 100);
		if (!flows) Object.assign(errors, this.contentErrors(b));
		if (flows && !b.text) errors.text = ['This field is required.'];
		if (Object.keys(errors).length) return this.bad(errors);
		if (!b.text && !b.attachments)
			return this.bad({ non_field_errors: ['Must provide either text or attachments.'] });
		if (!contacts.length && !groups.length && !urns.length) {
			return this.bad({ non_field_errors: ['Must provide either urns, contacts or groups.'] });
		}
		const language = (this.workspace.languages as string[])[0];
		const broadcast: Row = {
			status: 'pending',
			progress: { total: -1, started: 0 },
			urns,
			contacts,
			groups,
			text: b.text ? { [language]: b.text } : {},
			attachments: { [language]: flows ? [] : (b.attachments ?? []) },
			quick_replies: { [language]: flows ? [] : (b.quick_replies ?? []) },
			base_language: language,
			created_on: stamp(300_000 + ++this.seq),
			id: this.seq,
		};
		// BroadcastReadSerializer: `uuid` on RapidPro only (weni-ai/flows reads id).
		if (!flows) broadcast.uuid = randomUUID();
		this.broadcasts.unshift(broadcast);
		return { status: 201, body: broadcast };
	}

	/**
	 * RunsEndpoint.filter_queryset (views.py, both): uuid, flow (unknown → empty),
	 * contact (unknown → empty), responded (str_to_bool), before/after on modified_on;
	 * `exclusive_params = ("contact", "flow")`; ModifiedOnCursorPagination (newest first).
	 */
	private listRuns(req: RecordedRequest): FakeResponse {
		const { uuid, flow, contact, responded } = req.query;
		if (flow && contact)
			return this.bad({ detail: 'You may only specify one of the contact, flow parameters' });
		const list = this.byDate(req, this.runs)
			.filter(
				(r) =>
					(!uuid || r.uuid === uuid) &&
					(!flow || (r.flow as Row).uuid === flow) &&
					(!contact || (r.contact as Row).uuid === contact) &&
					(!['true', '1', 'yes', 'y'].includes(String(responded).toLowerCase()) ||
						r.responded === true),
			)
			.sort((a, b) => String(b.modified_on).localeCompare(String(a.modified_on)));
		return this.paged(req, list);
	}

	/**
	 * MsgBulkActionSerializer (serializers.py, both): `messages` ids (≤ 100, the
	 * endpoint's docstring), incoming only; `action` one of ACTIONS; `label` (UUID or
	 * name) required for label/unlabel and refused otherwise. Ids that no longer exist
	 * are skipped and answered as 200 `{"failures": [...]}`, else 204 (MessageActionsEndpoint).
	 * The "more than 100" wording is DRF's max_length message (guess: the field's limit).
	 */
	private messageAction(req: RecordedRequest): FakeResponse {
		const b = req.body === undefined ? {} : req.body;
		if (!isObject(b))
			return this.bad({ non_field_errors: ['Request body should be a single JSON object'] });
		const actions = ['label', 'unlabel', 'archive', 'restore', 'delete'];
		if (!Array.isArray(b.messages)) return this.bad({ messages: ['This field is required.'] });
		if (b.messages.length > 100)
			return this.bad({ messages: ['Ensure this field has no more than 100 elements.'] });
		if (!actions.includes(String(b.action)))
			return this.bad({ action: [`"${String(b.action)}" is not a valid choice.`] });
		const found = (b.messages as unknown[]).map((id) => this.messages.find((m) => m.id === id));
		const outgoing = found.find((m) => m && m.direction !== 'in');
		if (outgoing)
			return this.bad({ messages: [`Not an incoming message: ${String(outgoing.id)}`] });
		let label: Row | undefined;
		if (b.label !== undefined) {
			label = this.labels.find((l) => l.uuid === b.label || l.name === b.label);
			if (!label) return this.bad({ label: [`No such object: ${String(b.label)}`] });
		}
		const action = String(b.action);
		if (['label', 'unlabel'].includes(action) && !label)
			return this.bad({
				non_field_errors: [`For action "${action}" you should also specify a label`],
			});
		if (!['label', 'unlabel'].includes(action) && label)
			return this.bad({
				non_field_errors: [`For action "${action}" you should not specify a label`],
			});
		for (const m of found) {
			if (!m) continue;
			const labels = m.labels as Row[];
			const ref = label ? { uuid: label.uuid, name: label.name } : undefined;
			if (action === 'label' && ref && !labels.some((l) => l.uuid === ref.uuid)) labels.push(ref);
			if (action === 'unlabel' && ref) m.labels = labels.filter((l) => l.uuid !== ref.uuid);
			if (action === 'archive' && m.visibility === 'visible') m.visibility = 'archived';
			if (action === 'restore' && m.visibility === 'archived') m.visibility = 'visible';
		}
		if (action === 'delete') this.messages = this.messages.filter((m) => !found.includes(m));
		const failures = (b.messages as unknown[]).filter((_, i) => !found[i]);
		return failures.length ? { status: 200, body: { failures } } : { status: 204 };
	}

	private listMessages(req: RecordedRequest): FakeResponse {
		const { contact, folder, label, broadcast } = req.query;
		if ([contact, folder, label, broadcast].filter(Boolean).length > 1) {
			return this.bad({
				detail: 'You may only specify one of the contact, folder, label, broadcast parameters',
			});
		}
		// FOLDER_FILTERS: weni-ai/flows views.py has `incoming`; weni-ai/rapidpro removed it, and an
		// unknown folder there answers an empty list (objects.none()), not an error.
		const folders = ['inbox', 'flows', 'archived', 'outbox', 'failed', 'sent'];
		if (this.generation === 'flows') folders.push('incoming');
		if (folder && !folders.includes(folder)) return this.paged(req, []);
		const list = this.byDate(req, this.messages, 'created_on').filter(
			(m) =>
				(!contact || (m.contact as Row | null)?.uuid === contact) &&
				(!folder || m.folder === folder || (folder === 'incoming' && m.direction === 'in')) &&
				(!label || (m.labels as Row[]).some((l) => l.uuid === label || l.name === label)) &&
				(!broadcast || String(m.broadcast) === broadcast),
		);
		return this.paged(req, list);
	}

	/** RapidPro MsgWriteSerializer (weni-ai/rapidpro serializers.py): contact, text, attachments, quick_replies. */
	private sendMessage(req: RecordedRequest): FakeResponse {
		const b = req.body === undefined ? {} : req.body;
		if (!isObject(b))
			return this.bad({ non_field_errors: ['Request body should be a single JSON object'] });
		const contentErrors = this.contentErrors(b);
		if (Object.keys(contentErrors).length) return this.bad(contentErrors);
		if (!b.contact) return this.bad({ contact: ['This field is required.'] });
		const contact = this.lookupContact(b.contact);
		if (!contact) return this.bad({ contact: [`No such object: ${String(b.contact)}`] });
		if (typeof b.text === 'string' && b.text.length > 4096)
			return this.bad({ text: ['Ensure this field has no more than 4096 characters.'] });
		if (!b.text && !b.attachments)
			return this.bad({ non_field_errors: ['Must provide either text or attachments.'] });
		const now = stamp(400_000 + ++this.seq);
		const message = {
			uuid: randomUUID(),
			id: this.seq,
			contact: { uuid: contact.uuid, name: contact.name },
			urn: (contact.urns as string[])[0] ?? null,
			channel: { uuid: 'b3f6e0a2-1c2d-4e5f-8a9b-0c1d2e3f4a5b', name: 'WhatsApp' },
			direction: 'out',
			type: 'text',
			status: 'queued',
			visibility: 'visible',
			text: b.text ?? '',
			attachments: ((b.attachments as string[] | undefined) ?? []).map((a) => {
				const media = this.media.find((m) => a.includes(String(m.uuid)));
				return { content_type: media?.content_type, url: media?.url };
			}),
			quick_replies: b.quick_replies ?? [],
			labels: [],
			flow: null,
			created_on: now,
			sent_on: null,
			modified_on: now,
		};
		this.messages.unshift(message);
		return { status: 201, body: message };
	}

	/**
	 * A flow passing `contact`'s message to the resthook `slug` ("Call Zapier"):
	 * mailroom POSTs goflow's webhook payload to every subscriber of the slug
	 * (weni-ai/rapidpro-mailroom, nyaruka/goflow flows/actions/call_resthook.go:
	 * contact, flow, path, results, run, input, channel), unsigned.
	 */
	async callResthook(
		slug: string,
		contact: { uuid: string; urn: string; name?: string },
		text: string,
	): Promise<number[]> {
		const urls = this.subscribers
			.filter((s) => s.resthook === slug)
			.map((s) => String(s.target_url));
		const now = new Date().toISOString();
		const body = {
			contact: { uuid: contact.uuid, name: contact.name ?? 'Ana', urn: contact.urn },
			flow: { uuid: 'f0000000-0000-4000-8000-000000000001', name: 'Replies', revision: 1 },
			path: [],
			results: {},
			run: { uuid: 'r0000000-0000-4000-8000-000000000001', created_on: now },
			input: {
				uuid: `m${Date.now().toString(16)}-0000-4000-8000-000000000001`,
				type: 'msg',
				text,
				attachments: [],
				urn: { scheme: contact.urn.split(':')[0], path: contact.urn.split(':')[1] },
				channel: { uuid: 'b3f6e0a2-1c2d-4e5f-8a9b-0c1d2e3f4a5b', name: 'WhatsApp' },
				created_on: now,
			},
			channel: { uuid: 'b3f6e0a2-1c2d-4e5f-8a9b-0c1d2e3f4a5b', name: 'WhatsApp' },
		};
		return await this.deliverTo(urls, body);
	}
}
