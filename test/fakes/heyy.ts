import type { FakeResponse, Handler, RecordedRequest } from './server';
import { FakeServer, pageOf, testKey } from './server';

/** A fresh fake key per run: only the fake knows it. */
export const HEYY_KEY = testKey('heyy');

export const HEYY_TENANT = 'tnt_4f1c2a9e';

export const WEBHOOK_TYPES = [
	'WHATSAPP_MESSAGE_RECEIVED',
	'WHATSAPP_MESSAGE_STATUS',
	'SMS_MESSAGE_RECEIVED',
	'SMS_MESSAGE_STATUS',
	'EMAIL_MESSAGE_RECEIVED',
	'EMAIL_MESSAGE_STATUS',
	'INSTAGRAM_MESSAGE_RECEIVED',
	'INSTAGRAM_MESSAGE_STATUS',
	'INSTAGRAM_MESSAGE_ECHO',
];

type Row = Record<string, unknown>;

const E164 = /^\+[1-9]\d{6,14}$/;
const EXTERNAL_ID = /^[A-Za-z][A-Za-z0-9_]*$/;
const SEND_TYPES = ['TEXT', 'IMAGE', 'DOCUMENT', 'TEMPLATE', 'INTERACTIVE'];
const CLOSED_WINDOW =
	'Message failed to send because more than 24 hours have passed since the customer last replied to this number.';

/** One part of a multipart/form-data body, as the fake read it. */
export interface UploadedPart {
	name: string;
	fileName?: string;
	contentType?: string;
	value: string;
}

/** Reads a multipart/form-data body (text parts only; test files are ASCII). */
export function parseMultipart(req: RecordedRequest): UploadedPart[] | undefined {
	const type = String(req.headers['content-type'] ?? '');
	const boundary = /boundary=([^;]+)/.exec(type)?.[1];
	if (!type.startsWith('multipart/form-data') || !boundary) return undefined;
	const parts: UploadedPart[] = [];
	for (const chunk of req.rawBody.split(`--${boundary}`)) {
		if (chunk === '' || chunk.startsWith('--')) continue;
		const [head, ...rest] = chunk.replace(/^\r\n/, '').split('\r\n\r\n');
		const value = rest.join('\r\n\r\n').replace(/\r\n$/, '');
		const name = /name="([^"]*)"/.exec(head)?.[1] ?? '';
		parts.push({
			name,
			fileName: /filename="([^"]*)"/.exec(head)?.[1],
			contentType: /Content-Type: ([^\r\n]+)/i.exec(head)?.[1],
			value,
		});
	}
	return parts;
}

/** Where a send rejected inside a 200 carries its reason (see `send`). */
export type SendFailurePlace = 'message.errors' | 'data.errors' | 'status' | 'data.status';

/**
 * Heyy as its sources describe it (each route names its own): `/api/v2.0`
 * prefix, Bearer key, `{data: ...}` envelopes, `{error: {messageKey, message}}`
 * errors, `page`/`pageSize` paging (0-based, or 1-based when `pageBase` is 1),
 * PUT updates (PATCH is 404), `X-RateLimit-*` headers and 429 past the plan
 * limit, sends answered `{data: {id, phoneNumber, message, status, createdAt}}`
 * (a rejection still HTTP 200), broadcasts, and API webhooks.
 * Sources: docs.heyy.io/api-reference/* (named per route), Pipedream components/heyy/**,
 * MindCloud's catalog (mindcloud-inc/universal-api-reference apis/h/heyy/native-api/actions/*.md).
 */
export class FakeHeyy extends FakeServer {
	business: Row = {
		id: HEYY_TENANT,
		authTenantId: 'auth-tenant-77',
		name: 'Acme Store',
		timezone: 'Europe/Rome',
	};

	channels: Row[] = [
		{
			id: 'ch_wa_1',
			name: 'Sales',
			type: 'WHATSAPP',
			status: 'ACTIVE',
			tenantId: HEYY_TENANT,
			whatsappPhoneNumber: { name: '+14155550100' },
		},
		{
			id: 'ch_ig_2',
			name: 'Acme Instagram',
			type: 'INSTAGRAM',
			status: 'ACTIVE',
			tenantId: HEYY_TENANT,
		},
	];

	attributes: Row[] = [
		{
			id: 'att_1',
			name: 'Customer Tier',
			externalId: 'customer_tier',
			type: 'TEXT',
			tenantId: HEYY_TENANT,
		},
		{ id: 'att_2', name: 'City', externalId: 'city', type: 'TEXT', tenantId: HEYY_TENANT },
	];

	labels: Row[] = [
		{ id: 'lbl_1', name: 'VIP', color: '#ff0000', tenantId: HEYY_TENANT },
		{ id: 'lbl_2', name: 'Lead', color: '#00ff00', tenantId: HEYY_TENANT },
	];

	/**
	 * Template objects: guess (no source shows one beyond id and name); `header.format`
	 * and `{{name}}` placeholders in `body` stand for a media header and named variables.
	 */
	templates: Row[] = [
		{
			id: 'tpl_1',
			name: 'order_update',
			language: 'en',
			status: 'APPROVED',
			category: 'UTILITY',
			body: 'Order {{order}} arrives {{eta}}',
			updatedAt: '2026-01-02T00:00:00.000Z',
		},
		{
			id: 'tpl_2',
			name: 'welcome',
			language: 'it',
			status: 'APPROVED',
			category: 'MARKETING',
			body: 'Ciao!',
			updatedAt: '2026-01-01T00:00:00.000Z',
		},
	];

	/** Templates whose header is media: a send must carry `fileId` (docs.heyy.io send-whatsapp-message, TEMPLATE `fileId`). */
	mediaHeaderTemplates = new Set<string>();

	/** Sort keys `GET /message_templates` accepts: Pipedream shows only `updatedAt`; `name` is a guess. */
	templateSortKeys = ['createdAt', 'name', 'updatedAt'];

	/** 0: `page=0` is the first page (public clients send page=0); 1: pages count from 1 and `page=0` answers page 1 (guess: a public TS schema types page as positive). */
	pageBase: 0 | 1 = 0;

	/** Where a rejected send puts its reason; docs.heyy.io puts the message object under `data.message`. */
	sendFailurePlace: SendFailurePlace = 'message.errors';

	broadcasts: Row[] = [];

	/** Recipients by broadcast id. */
	recipients = new Map<string, Row[]>();

	/** Broadcasts started, with the start body. */
	started: Row[] = [];

	automations: Row[] = [
		{ id: 'wf_1', name: 'Onboarding', status: 'ACTIVE', channelId: 'ch_wa_1' },
		{ id: 'wf_2', name: 'Win back', status: 'INACTIVE', channelId: 'ch_wa_1' },
		{ id: 'wf_3', name: 'DM reply', status: 'ACTIVE', channelId: 'ch_ig_2' },
	];

	contacts: Row[] = [];

	chats: Row[] = [];

	webhooks: Row[] = [];

	files: Row[] = [];

	/** Every message the fake accepted or rejected, in order. */
	sent: Row[] = [];

	/** Whether `GET /{channelId}/chats` pages (guess); docs.heyy.io/api-reference/get-chats documents no parameters. */
	chatsPaged = true;

	/** Test hook: numbers whose next send is answered after this many ms. */
	slowNumbers = new Map<string, number>();

	/** Automation runs started. */
	runs: Row[] = [];

	/** Numbers whose 24-hour customer-service window is closed: only templates reach them. */
	closedWindow = new Set<string>(['+14155550999']);

	/** Requests per minute on this workspace's plan. */
	planLimit = 500;

	private windowStart = 0;

	private windowUsed = 0;

	/** While set, every request is answered 429 until this time (ms). */
	private blockedUntil = 0;

	private seq = 0;

	constructor() {
		const gate: { check?: (req: RecordedRequest) => FakeResponse | undefined } = {};
		super(
			'/api/v2.0',
			(req) => gate.check!(req),
			// Unknown paths (PATCH included): 404 endpoint_not_found, as a public Heyy script reports (PATCH /contacts answered endpoint_not_found): guess otherwise.
			() => ({
				status: 404,
				body: { error: { messageKey: 'endpoint_not_found', message: 'Endpoint not found' } },
			}),
		);
		gate.check = (req) => this.gateCheck(req);
		this.installBroadcasts();
		this.install();
	}

	/** Adds `n` contacts named Contact 1..n with numbers +1415555xxxx. */
	seedContacts(n: number): void {
		const start = this.contacts.length;
		for (let i = start + 1; i <= start + n; i++) {
			this.contacts.push({
				id: `con_${String(i).padStart(4, '0')}`,
				firstName: `Contact ${i}`,
				lastName: 'Test',
				phoneNumber: `+1415556${String(i).padStart(4, '0')}`,
				email: null,
				labels: [],
				attributes: [],
				tenantId: HEYY_TENANT,
				createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
			});
		}
	}

	seedChats(n: number, channelId = 'ch_wa_1'): void {
		for (let i = 1; i <= n; i++) {
			this.chats.push({
				id: `chat_${channelId}_${i}`,
				channelId,
				contactId: `con_${String(i).padStart(4, '0')}`,
				name: `Chat ${i}`,
				status: 'OPEN',
				isUnread: false,
				assignedUserId: null,
			});
		}
	}

	seedTemplates(n: number): void {
		for (let i = 1; i <= n; i++) {
			this.templates.push({
				id: `tpl_x${i}`,
				name: `bulk_${i}`,
				language: 'en',
				status: 'APPROVED',
				category: 'UTILITY',
			});
		}
	}

	/** Answers 429 to everything for `ms` milliseconds, as when the plan limit is used up. */
	rateLimitFor(ms: number): number {
		this.blockedUntil = Date.now() + ms;
		return this.resetSeconds(this.blockedUntil);
	}

	/** A fresh minute window with nothing used, and no block. */
	resetRateLimit(): void {
		this.blockedUntil = 0;
		this.windowStart = Date.now();
		this.windowUsed = 0;
	}

	private resetSeconds(at: number): number {
		return Math.ceil(at / 1000);
	}

	private limitHeaders(remaining: number, reset: number): Record<string, string> {
		return {
			'x-ratelimit-limit': String(this.planLimit),
			'x-ratelimit-remaining': String(Math.max(0, remaining)),
			'x-ratelimit-reset': String(reset),
		};
	}

	/**
	 * Bearer key (docs.heyy.io/api-reference/authentication); 429 with X-RateLimit-* past the
	 * plan's per-minute limit (docs.heyy.io/api-reference/rate-limiting). Error keys: guess.
	 */
	private gateCheck(req: RecordedRequest): FakeResponse | undefined {
		const auth = String(req.headers.authorization ?? '');
		if (!auth.startsWith('Bearer ')) {
			return this.error(401, 'unauthorized', 'Missing API key: send Authorization: Bearer <key>');
		}
		if (auth.slice(7) !== HEYY_KEY) return this.error(401, 'invalid_api_key', 'Invalid API key');
		const now = Date.now();
		const reset = this.resetSeconds(this.blockedUntil);
		if (now < reset * 1000) {
			return {
				...this.error(
					429,
					'rate_limit_exceeded',
					`Rate limit of ${this.planLimit} requests per minute exceeded`,
				),
				headers: this.limitHeaders(0, reset),
			};
		}
		if (now - this.windowStart >= 60_000) {
			this.windowStart = now;
			this.windowUsed = 0;
		}
		this.windowUsed++;
		if (this.windowUsed > this.planLimit) {
			return {
				...this.error(
					429,
					'rate_limit_exceeded',
					`Rate limit of ${this.planLimit} requests per minute exceeded`,
				),
				headers: this.limitHeaders(0, this.resetSeconds(this.windowStart + 60_000)),
			};
		}
		return undefined;
	}

	/** `{error: {messageKey, message}}` (docs.heyy.io/api-reference/error-handling). */
	error(status: number, messageKey: string, message: string): FakeResponse {
		return { status, body: { error: { messageKey, message } } };
	}

	private ok(data: unknown, status = 200): FakeResponse {
		return { status, body: { data } };
	}

	/** A route whose answers carry the rate-limit headers, as every Heyy answer does. */
	private route(method: string, path: string, handler: Handler): this {
		return this.on(method, path, (req, params) => {
			const response = handler(req, params);
			return {
				...response,
				headers: {
					...this.limitHeaders(
						this.planLimit - this.windowUsed,
						this.resetSeconds(this.windowStart + 60_000),
					),
					...response.headers,
				},
			};
		});
	}

	private id(prefix: string): string {
		return `${prefix}_${String(++this.seq).padStart(5, '0')}`;
	}

	/** `page`/`pageSize` (public clients page from 0 until a short page; at most 100 is a guess). */
	private paged(req: RecordedRequest, list: Row[], key: string, defaultSize = 20): FakeResponse {
		const page = Number(req.query.page ?? this.pageBase);
		const size = Number(req.query.pageSize ?? defaultSize);
		if (!Number.isInteger(page) || page < 0)
			return this.error(400, 'validation_error', 'page must be 0 or more');
		if (!Number.isInteger(size) || size < 1 || size > 100) {
			return this.error(400, 'validation_error', 'pageSize must be between 1 and 100');
		}
		// 1-based reading (guess): page 0 is clamped to page 1, so pages 0 and 1 answer the same.
		const index = this.pageBase === 1 ? Math.max(page, 1) - 1 : page;
		return this.ok({ [key]: pageOf(list, index, size) });
	}

	private sorted(req: RecordedRequest, list: Row[], fields: string[]): Row[] | FakeResponse {
		const sortBy = req.query.sortBy;
		const order = req.query.order ?? 'ASC';
		if (sortBy === undefined) return list;
		if (!fields.includes(sortBy))
			return this.error(400, 'validation_error', `sortBy must be one of ${fields.join(', ')}`);
		if (order !== 'ASC' && order !== 'DESC')
			return this.error(400, 'validation_error', 'order must be ASC or DESC');
		const sign = order === 'ASC' ? 1 : -1;
		return [...list].sort(
			(a, b) => sign * String(a[sortBy] ?? '').localeCompare(String(b[sortBy] ?? '')),
		);
	}

	private channel(id: string): Row | undefined {
		return this.channels.find((c) => c.id === id);
	}

	/** Checks a contact body's labels and attributes; returns an error answer or the stored forms. */
	private contactParts(b: Row): FakeResponse | { labels?: Row[]; attributes?: Row[] } {
		const out: { labels?: Row[]; attributes?: Row[] } = {};
		if (b.labels !== undefined) {
			if (!Array.isArray(b.labels))
				return this.error(400, 'validation_error', 'labels must be an array of {name}');
			const labels: Row[] = [];
			for (const entry of b.labels as Row[]) {
				const found = this.labels.find((l) => l.name === entry?.name);
				if (!found)
					return this.error(
						400,
						'label_not_found',
						`Label "${String(entry?.name)}" does not exist`,
					);
				labels.push({ id: found.id, name: found.name });
			}
			out.labels = labels;
		}
		if (b.attributes !== undefined) {
			if (!Array.isArray(b.attributes))
				return this.error(
					400,
					'validation_error',
					'attributes must be an array of {externalId, value}',
				);
			const attributes: Row[] = [];
			for (const entry of b.attributes as Row[]) {
				if (!this.attributes.some((a) => a.externalId === entry?.externalId)) {
					return this.error(
						400,
						'attribute_not_found',
						`Attribute "${String(entry?.externalId)}" does not exist`,
					);
				}
				attributes.push({ externalId: entry.externalId, value: entry.value });
			}
			out.attributes = attributes;
		}
		return out;
	}

	private install(): void {
		const contactFound = (id: string) => this.contacts.find((c) => c.id === id);
		const notFound = (what: string, key: string) =>
			this.error(404, `${key}_not_found`, `${what} not found`);

		// Source: MindCloud apis/h/heyy/native-api/actions/get-business.md (id, authTenantId, name, timezone)
		this.route('GET', '/business', () => this.ok(this.business))
			// Channels
			// Source: docs.heyy.io (credential test GET /channels); Pipedream heyy.app.mjs getChannels ({data: [...]})
			.route('GET', '/channels', () => this.ok(this.channels))
			// Source: MindCloud apis/h/heyy/native-api/actions/get-channel-by-id.md
			.route('GET', '/channels/:id', (_req, p) => {
				const c = this.channel(p.id);
				return c ? this.ok(c) : notFound('Channel', 'channel');
			})
			// Attributes
			// Source: MindCloud apis/h/heyy/native-api/actions/list-attributes.md ({data: [...]})
			.route('GET', '/attributes', () => this.ok(this.attributes))
			// Source: MindCloud apis/h/heyy/native-api/actions/create-attribute.md; externalId pattern from seed 000 HEYY_CREATE_ATTRIBUTE; duplicate error key: guess
			.route('POST', '/attributes', (req) => {
				const b = (req.body ?? {}) as Row;
				if (!b.name) return this.error(400, 'validation_error', 'name is required');
				if (typeof b.externalId !== 'string' || !EXTERNAL_ID.test(b.externalId)) {
					return this.error(
						400,
						'validation_error',
						'externalId must start with a letter and contain only letters, numbers and underscores',
					);
				}
				if (this.attributes.some((a) => a.externalId === b.externalId)) {
					return this.error(
						400,
						'attribute_already_exists',
						`An attribute with externalId "${b.externalId}" already exists`,
					);
				}
				const attribute = {
					id: this.id('att'),
					type: 'TEXT',
					tenantId: HEYY_TENANT,
					description: null,
					...b,
				};
				this.attributes.push(attribute);
				return this.ok(attribute, 201);
			})
			// Source: MindCloud apis/h/heyy/native-api/actions/delete-attribute.md
			.route('DELETE', '/attributes/:id', (_req, p) => {
				const i = this.attributes.findIndex((a) => a.id === p.id);
				if (i < 0) return notFound('Attribute', 'attribute');
				return this.ok(this.attributes.splice(i, 1)[0]);
			})
			// Labels
			// Source: MindCloud apis/h/heyy/native-api/actions/list-labels.md; Pipedream heyy.app.mjs getLabels
			.route('GET', '/labels', () => this.ok(this.labels))
			// Source: MindCloud apis/h/heyy/native-api/actions/create-label.md; duplicate error key: guess
			.route('POST', '/labels', (req) => {
				const name = String(((req.body ?? {}) as Row).name ?? '').trim();
				if (!name) return this.error(400, 'validation_error', 'name is required');
				if (this.labels.some((l) => l.name === name)) {
					return this.error(400, 'label_already_exists', `A label named "${name}" already exists`);
				}
				const label = { id: this.id('lbl'), name, color: '#888888', tenantId: HEYY_TENANT };
				this.labels.push(label);
				return this.ok(label, 201);
			})
			// Source: MindCloud apis/h/heyy/native-api/actions/delete-label.md
			.route('DELETE', '/labels/:id', (_req, p) => {
				const i = this.labels.findIndex((l) => l.id === p.id);
				if (i < 0) return notFound('Label', 'label');
				return this.ok(this.labels.splice(i, 1)[0]);
			})
			// Contacts
			// Source: MindCloud apis/h/heyy/native-api/actions/list-contacts.md; query and {data: {contacts}} from Pipedream heyy.app.mjs
			.route('GET', '/contacts', (req) => {
				let list = this.contacts;
				const search = req.query.search?.toLowerCase();
				if (search) {
					list = list.filter((c) =>
						[c.firstName, c.lastName, c.phoneNumber, c.email].some((v) =>
							String(v ?? '')
								.toLowerCase()
								.includes(search),
						),
					);
				}
				const sorted = this.sorted(req, list, [
					'firstName',
					'lastName',
					'phoneNumber',
					'createdAt',
					'updatedAt',
				]);
				if (!Array.isArray(sorted)) return sorted;
				return this.paged(req, sorted, 'contacts');
			})
			// Source: MindCloud apis/h/heyy/native-api/actions/create-contact.md; Pipedream create-contact.mjs (labels [{name}], attributes [{externalId, value}])
			.route('POST', '/contacts', (req) => {
				const b = (req.body ?? {}) as Row;
				// Seed 000 HEYY_CREATE_CONTACT: every field optional; a public TS schema: at least one of them; MindCloud: phoneNumber required.
				if (b.phoneNumber === undefined && !b.firstName && !b.lastName && !b.email) {
					return this.error(
						400,
						'validation_error',
						'Give at least one of firstName, lastName, email, phoneNumber',
					);
				}
				if (
					b.phoneNumber !== undefined &&
					(typeof b.phoneNumber !== 'string' || !E164.test(b.phoneNumber))
				) {
					return this.error(400, 'validation_error', 'phoneNumber must be in E.164 format');
				}
				if (
					b.phoneNumber !== undefined &&
					this.contacts.some((c) => c.phoneNumber === b.phoneNumber)
				) {
					return this.error(
						400,
						'contact_already_exists',
						`A contact with phone number ${b.phoneNumber} already exists`,
					);
				}
				const parts = this.contactParts(b);
				if ('status' in parts) return parts;
				const contact = {
					id: this.id('con'),
					firstName: b.firstName ?? null,
					lastName: b.lastName ?? null,
					email: b.email ?? null,
					phoneNumber: b.phoneNumber ?? null,
					labels: parts.labels ?? [],
					attributes: parts.attributes ?? [],
					tenantId: HEYY_TENANT,
				};
				this.contacts.push(contact);
				return this.ok(contact, 201);
			})
			// Source: MindCloud apis/h/heyy/native-api/actions/get-contact-by-id.md
			.route('GET', '/contacts/:id', (_req, p) => {
				const c = contactFound(p.id);
				return c ? this.ok(c) : notFound('Contact', 'contact');
			})
			// Source: MindCloud apis/h/heyy/native-api/actions/update-contact.md; Pipedream update-contact.mjs (PUT, phoneNumber, names, email, labels, attributes)
			.route('PUT', '/contacts/:id', (req, p) => {
				const c = contactFound(p.id);
				if (!c) return notFound('Contact', 'contact');
				const b = (req.body ?? {}) as Row;
				const parts = this.contactParts(b);
				if ('status' in parts) return parts;
				if ('phoneNumber' in b) {
					if (typeof b.phoneNumber !== 'string' || !E164.test(b.phoneNumber)) {
						return this.error(400, 'validation_error', 'phoneNumber must be in E.164 format');
					}
					if (this.contacts.some((o) => o !== c && o.phoneNumber === b.phoneNumber)) {
						return this.error(
							400,
							'contact_already_exists',
							`A contact with phone number ${b.phoneNumber} already exists`,
						);
					}
				}
				for (const key of ['firstName', 'lastName', 'email', 'phoneNumber'])
					if (key in b) c[key] = b[key];
				if (parts.labels) c.labels = parts.labels;
				if (parts.attributes) {
					const current = (c.attributes as Row[]).filter(
						(a) => !parts.attributes!.some((n) => n.externalId === a.externalId),
					);
					c.attributes = [...current, ...parts.attributes];
				}
				return this.ok(c);
			})
			// Source: MindCloud apis/h/heyy/native-api/actions/delete-contact.md
			.route('DELETE', '/contacts/:id', (_req, p) => {
				const i = this.contacts.findIndex((c) => c.id === p.id);
				if (i < 0) return notFound('Contact', 'contact');
				return this.ok(this.contacts.splice(i, 1)[0]);
			})
			// Source: MindCloud apis/h/heyy/native-api/actions/add-contact-attribute.md ({externalId, value})
			.route('POST', '/contacts/:id/attributes', (req, p) => {
				const c = contactFound(p.id);
				if (!c) return notFound('Contact', 'contact');
				const b = (req.body ?? {}) as Row;
				const parts = this.contactParts({
					attributes: [{ externalId: b.externalId, value: b.value }],
				});
				if ('status' in parts) return parts;
				const others = (c.attributes as Row[]).filter((a) => a.externalId !== b.externalId);
				c.attributes = [...others, ...parts.attributes!];
				return this.ok(c);
			})
			// Source: MindCloud apis/h/heyy/native-api/actions/remove-contact-attribute.md (body {externalId})
			.route('DELETE', '/contacts/:id/attributes', (req, p) => {
				const c = contactFound(p.id);
				if (!c) return notFound('Contact', 'contact');
				const externalId = ((req.body ?? {}) as Row).externalId;
				if (!externalId) return this.error(400, 'validation_error', 'externalId is required');
				c.attributes = (c.attributes as Row[]).filter((a) => a.externalId !== externalId);
				return this.ok(c);
			})
			// Message templates
			// Source: MindCloud apis/h/heyy/native-api/actions/list-message-templates.md; page/sortBy/order and {data: {messageTemplates}} from Pipedream send-whatsapp-message.mjs
			.route('GET', '/message_templates', (req) => {
				const sorted = this.sorted(req, this.templates, this.templateSortKeys);
				if (!Array.isArray(sorted)) return sorted;
				return this.paged(req, sorted, 'messageTemplates');
			})
			// Files
			// Source: MindCloud apis/h/heyy/native-api/actions/upload-file.md (multipart file + format; answer id, name, url, fileUrl, contentType, size)
			.route('POST', '/upload_file', (req) => {
				const parts = parseMultipart(req);
				if (!parts)
					return this.error(400, 'validation_error', 'Send the file as multipart/form-data');
				const file = parts.find((x) => x.name === 'file' && x.fileName !== undefined);
				const format = parts.find((x) => x.name === 'format')?.value;
				if (!file) return this.error(400, 'validation_error', 'file is required');
				if (!['IMAGE', 'VIDEO', 'DOCUMENT'].includes(String(format))) {
					return this.error(400, 'validation_error', 'format must be IMAGE, VIDEO or DOCUMENT');
				}
				const id = this.id('file');
				const shown = {
					id,
					name: file.fileName,
					contentType: file.contentType,
					size: Buffer.byteLength(file.value),
					url: `https://files.heyy.test/${id}`,
					fileUrl: `https://files.heyy.test/${id}/${file.fileName}`,
				};
				this.files.push({ ...shown, format, content: file.value });
				return this.ok(shown, 201);
			})
			// API webhooks
			// Source: MindCloud apis/h/heyy/native-api/actions/list-api-webhooks.md
			.route('GET', '/api_webhooks', () => this.ok(this.webhooks))
			// Source: docs.heyy.io/api-reference/create-api-webhook (tenantId, type enum, url, channelId?); 403 on a foreign tenant: guess
			.route('POST', '/api_webhooks', (req) => {
				const b = (req.body ?? {}) as Row;
				if (!b.tenantId) return this.error(400, 'validation_error', 'tenantId is required');
				if (b.tenantId !== HEYY_TENANT)
					return this.error(403, 'forbidden', 'tenantId does not match the API key');
				if (!WEBHOOK_TYPES.includes(String(b.type)))
					return this.error(
						400,
						'validation_error',
						`type must be one of ${WEBHOOK_TYPES.join(', ')}`,
					);
				if (typeof b.url !== 'string' || !/^https?:\/\//.test(b.url))
					return this.error(400, 'validation_error', 'url must be a valid URL');
				if (b.channelId !== undefined && !this.channel(String(b.channelId)))
					return notFound('Channel', 'channel');
				const now = new Date().toISOString();
				const hook = {
					id: this.id('whk'),
					type: b.type,
					url: b.url,
					isActive: true,
					channelId: b.channelId ?? null,
					tenantId: HEYY_TENANT,
					createdAt: now,
					updatedAt: now,
				};
				this.webhooks.push(hook);
				return this.ok(hook, 201);
			})
			// Source: MindCloud apis/h/heyy/native-api/actions/update-api-webhook.md (url, isActive)
			.route('PUT', '/api_webhooks/:id', (req, p) => {
				const hook = this.webhooks.find((w) => w.id === p.id);
				if (!hook) return notFound('API webhook', 'api_webhook');
				const b = (req.body ?? {}) as Row;
				if ('url' in b) hook.url = b.url;
				if ('isActive' in b) hook.isActive = b.isActive;
				hook.updatedAt = new Date().toISOString();
				return this.ok(hook);
			})
			// Source: MindCloud apis/h/heyy/native-api/actions/delete-api-webhook.md
			.route('DELETE', '/api_webhooks/:id', (_req, p) => {
				const i = this.webhooks.findIndex((w) => w.id === p.id);
				if (i < 0) return notFound('API webhook', 'api_webhook');
				return this.ok(this.webhooks.splice(i, 1)[0]);
			})
			// Channel-scoped endpoints: /{channelId}/...
			// Source: MindCloud apis/h/heyy/native-api/actions/list-automations.md
			.route('GET', '/:channelId/workflows', (_req, p) => {
				if (!this.channel(p.channelId)) return notFound('Channel', 'channel');
				return this.ok(this.automations.filter((a) => a.channelId === p.channelId));
			})
			// Source: MindCloud apis/h/heyy/native-api/actions/trigger-automation.md (phoneNumber, variables, scheduledAt); inactive-workflow error: guess
			.route('POST', '/:channelId/workflows/:workflowId', (req, p) => {
				if (!this.channel(p.channelId)) return notFound('Channel', 'channel');
				const automation = this.automations.find(
					(a) => a.id === p.workflowId && a.channelId === p.channelId,
				);
				if (!automation) return notFound('Workflow', 'workflow');
				const b = (req.body ?? {}) as Row;
				if (typeof b.phoneNumber !== 'string' || !E164.test(b.phoneNumber)) {
					return this.error(400, 'validation_error', 'phoneNumber must be in E.164 format');
				}
				if (automation.status !== 'ACTIVE')
					return this.error(400, 'workflow_not_active', 'The workflow is not active');
				const run = {
					id: this.id('run'),
					workflowId: automation.id,
					channelId: p.channelId,
					status: b.scheduledAt ? 'SCHEDULED' : 'STARTED',
					...b,
				};
				this.runs.push(run);
				return this.ok(run, 201);
			})
			// Source: docs.heyy.io/api-reference/send-whatsapp-message (see send())
			.route('POST', '/:channelId/whatsapp_messages/send', (req, p) => this.send(req, p.channelId))
			// Source: docs.heyy.io/api-reference/get-chats ({data: [...]}; documents no paging, the fake pages anyway: guess)
			.route('GET', '/:channelId/chats', (req, p) => {
				if (!this.channel(p.channelId)) return notFound('Channel', 'channel');
				const chats = this.chats.filter((c) => c.channelId === p.channelId);
				// As documented: no query parameters, every chat in one answer.
				if (!this.chatsPaged) return this.ok(chats);
				return this.paged(req, chats, 'chats');
			})
			// Source: MindCloud apis/h/heyy/native-api/actions/get-chat-by-id.md
			.route('GET', '/:channelId/chats/:chatId', (_req, p) => {
				const chat = this.chats.find((c) => c.id === p.chatId && c.channelId === p.channelId);
				return chat ? this.ok(chat) : notFound('Chat', 'chat');
			})
			// Source: MindCloud apis/h/heyy/native-api/actions/update-chat.md (status, assignedUserId, assignedTeamId, isUnread)
			.route('PUT', '/:channelId/chats/:chatId', (req, p) => {
				const chat = this.chats.find((c) => c.id === p.chatId && c.channelId === p.channelId);
				if (!chat) return notFound('Chat', 'chat');
				const b = (req.body ?? {}) as Row;
				for (const key of ['status', 'assignedUserId', 'assignedTeamId', 'isUnread'])
					if (key in b) chat[key] = b[key];
				return this.ok(chat);
			});
	}

	/**
	 * `POST /{channelId}/whatsapp_messages/send`. Body and answer from
	 * docs.heyy.io/api-reference/send-whatsapp-message: `{data: {id, phoneNumber,
	 * message, status, createdAt}}`, `message` being the message object of
	 * docs.heyy.io/api-reference/webhook-object-model (its own `status`, one of
	 * none|pending|sent|delivered|read|scheduled|deleted|failed, and `errors[]`).
	 * The error entry shape `{code, title, message}` is a guess (WhatsApp's own).
	 * `DOCUMENT` comes from public working code only, not the docs.
	 */
	private send(req: RecordedRequest, channelId: string): FakeResponse {
		const channel = this.channel(channelId);
		if (!channel) return this.error(404, 'channel_not_found', 'Channel not found');
		// Guess: Heyy refuses a WhatsApp send through a non-WhatsApp channel.
		if (channel.type !== 'WHATSAPP')
			return this.error(400, 'invalid_channel', 'The channel is not a WhatsApp channel');
		const b = (req.body ?? {}) as Row;
		if (typeof b.phoneNumber !== 'string' || !E164.test(b.phoneNumber)) {
			return this.error(400, 'validation_error', 'phoneNumber must be in E.164 format');
		}
		if (!SEND_TYPES.includes(String(b.type)))
			return this.error(400, 'validation_error', `type must be one of ${SEND_TYPES.join(', ')}`);
		if ((b.type === 'TEXT' || b.type === 'INTERACTIVE') && !b.bodyText)
			return this.error(400, 'validation_error', 'bodyText is required');
		if (
			(b.type === 'IMAGE' || b.type === 'DOCUMENT') &&
			!this.files.some((f) => f.id === b.fileId)
		) {
			return this.error(400, 'file_not_found', `File ${String(b.fileId)} not found`);
		}
		if (b.type === 'TEMPLATE') {
			if (!this.templates.some((t) => t.id === b.messageTemplateId)) {
				return this.error(400, 'message_template_not_found', 'Message template not found');
			}
			if (b.fileId !== undefined && !this.files.some((f) => f.id === b.fileId)) {
				return this.error(400, 'file_not_found', `File ${String(b.fileId)} not found`);
			}
			// Guess: a template with a media header needs the documented optional fileId.
			if (this.mediaHeaderTemplates.has(String(b.messageTemplateId)) && b.fileId === undefined) {
				return this.error(
					400,
					'validation_error',
					'fileId is required for a template with a media header',
				);
			}
		}
		if (
			b.type === 'INTERACTIVE' &&
			(!Array.isArray(b.buttons) || b.buttons.length === 0 || b.buttons.length > 3)
		) {
			return this.error(400, 'validation_error', 'buttons must hold 1 to 3 buttons');
		}
		const now = new Date().toISOString();
		const message: Row = {
			id: this.id('msg'),
			createdAt: now,
			updatedAt: now,
			chatId: `chat_${channelId}_${String(b.phoneNumber).slice(1)}`,
			channelId,
			type: 'message',
			sender: 'outbound',
			sources: [{ type: 'api' }],
			status: b.scheduledAt ? 'scheduled' : 'pending',
			scheduledAt: b.scheduledAt ?? null,
			content: {
				body: b.bodyText ?? null,
				attachments: b.fileId ? [{ id: b.fileId, type: 'document' }] : [],
			},
			errors: [],
		};
		const data: Row = {
			id: message.id,
			phoneNumber: b.phoneNumber,
			message,
			status: message.status,
			createdAt: now,
		};
		// Outside the 24-hour window only templates go out; Heyy still answers 200.
		if (this.closedWindow.has(b.phoneNumber) && b.type !== 'TEMPLATE') {
			const reason = { code: 131047, title: 'Re-engagement message', message: CLOSED_WINDOW };
			data.status = 'failed';
			message.status = 'failed';
			if (this.sendFailurePlace === 'message.errors') message.errors = [reason];
			else if (this.sendFailurePlace === 'data.errors') data.errors = [reason];
			// `message` is typed <any> (docs.heyy.io send-whatsapp-message): null here, the failure only in data.status.
			else if (this.sendFailurePlace === 'data.status') data.message = null;
		}
		this.sent.push({ ...data, request: b, receivedAt: Date.now() });
		// Test hook (not Heyy behaviour): hold the answer to one number's next send.
		const delayMs = this.slowNumbers.get(String(b.phoneNumber));
		this.slowNumbers.delete(String(b.phoneNumber));
		return { ...this.ok(data), delayMs };
	}

	/** A broadcast of a channel, or a 404 answer. */
	private broadcast(channelId: string, id: string): Row | FakeResponse {
		if (!this.channel(channelId)) return this.error(404, 'channel_not_found', 'Channel not found');
		const found = this.broadcasts.find((x) => x.id === id && x.channelId === channelId);
		return found ?? this.error(404, 'broadcast_not_found', 'Broadcast not found');
	}

	/**
	 * Broadcasts, from MindCloud's catalog (apis/h/heyy/native-api/actions/*-broadcast*.md,
	 * each linking its docs.heyy.io page). Statuses and answers `{data: <broadcast>}`: guess.
	 */
	private installBroadcasts(): void {
		const BODY_KEYS = [
			'name',
			'workflowId',
			'messageTemplateId',
			'isScheduled',
			'scheduledAt',
			'isReoccurring',
			'recurrenceRules',
		];
		// Source: MindCloud list-broadcasts.md (docs.heyy.io/api-reference/get-broadcasts); no paging documented
		this.route('GET', '/:channelId/broadcasts', (_req, p) => {
			if (!this.channel(p.channelId))
				return this.error(404, 'channel_not_found', 'Channel not found');
			return this.ok(this.broadcasts.filter((x) => x.channelId === p.channelId));
		})
			// Source: MindCloud create-broadcast.md (name* and workflowId* required)
			.route('POST', '/:channelId/broadcasts', (req, p) => {
				if (!this.channel(p.channelId))
					return this.error(404, 'channel_not_found', 'Channel not found');
				const b = (req.body ?? {}) as Row;
				if (!b.name) return this.error(400, 'validation_error', 'name is required');
				if (!b.workflowId) return this.error(400, 'validation_error', 'workflowId is required');
				const unknown = Object.keys(b).filter(
					(k) => !BODY_KEYS.includes(k) && k !== 'contacts' && k !== 'variables',
				);
				if (unknown.length)
					return this.error(400, 'validation_error', `Unknown fields: ${unknown.join(', ')}`);
				const now = new Date().toISOString();
				const row: Row = {
					id: this.id('brd'),
					channelId: p.channelId,
					status: 'DRAFT',
					createdAt: now,
					updatedAt: now,
					...b,
				};
				this.broadcasts.push(row);
				this.recipients.set(String(row.id), []);
				return this.ok(row, 201);
			})
			// Source: MindCloud get-broadcast-by-id.md
			.route('GET', '/:channelId/broadcasts/:id', (_req, p) => {
				const found = this.broadcast(p.channelId, p.id);
				return 'status' in found && typeof found.status === 'number'
					? (found as FakeResponse)
					: this.ok(found);
			})
			// Source: MindCloud update-broadcast.md (PUT; every field optional)
			.route('PUT', '/:channelId/broadcasts/:id', (req, p) => {
				const found = this.broadcast(p.channelId, p.id);
				if (typeof found.status === 'number') return found as FakeResponse;
				const b = (req.body ?? {}) as Row;
				const unknown = Object.keys(b).filter(
					(k) => !BODY_KEYS.includes(k) || k === 'messageTemplateId',
				);
				if (unknown.length)
					return this.error(400, 'validation_error', `Unknown fields: ${unknown.join(', ')}`);
				Object.assign(found, b, { updatedAt: new Date().toISOString() });
				return this.ok(found);
			})
			// Source: MindCloud delete-broadcast.md
			.route('DELETE', '/:channelId/broadcasts/:id', (_req, p) => {
				const found = this.broadcast(p.channelId, p.id);
				if (typeof found.status === 'number') return found as FakeResponse;
				this.broadcasts.splice(this.broadcasts.indexOf(found as Row), 1);
				return this.ok(found);
			})
			// Source: MindCloud start-broadcast.md (POST .../start, optional mediaId)
			.route('POST', '/:channelId/broadcasts/:id/start', (req, p) => {
				const found = this.broadcast(p.channelId, p.id);
				if (typeof found.status === 'number') return found as FakeResponse;
				const b = (req.body ?? {}) as Row;
				if (b.mediaId !== undefined && !this.files.some((f) => f.id === b.mediaId)) {
					return this.error(400, 'file_not_found', `File ${String(b.mediaId)} not found`);
				}
				(found as Row).status = 'SENDING';
				this.started.push({ id: p.id, body: b });
				return this.ok(found);
			})
			// Source: MindCloud list-broadcast-recipients.md (recipients are contacts: id, firstName, lastName, fullName, phoneNumber)
			.route('GET', '/:channelId/broadcasts/:id/recipients', (_req, p) => {
				const found = this.broadcast(p.channelId, p.id);
				if (typeof found.status === 'number') return found as FakeResponse;
				return this.ok(this.recipients.get(p.id) ?? []);
			})
			// Source: MindCloud add-recipients-to-broadcast.md (body contactsIds[])
			.route('POST', '/:channelId/broadcasts/:id/recipients', (req, p) => {
				const found = this.broadcast(p.channelId, p.id);
				if (typeof found.status === 'number') return found as FakeResponse;
				const ids = ((req.body ?? {}) as Row).contactsIds;
				if (!Array.isArray(ids) || ids.length === 0)
					return this.error(400, 'validation_error', 'contactsIds must be a non-empty array');
				const list = this.recipients.get(p.id) ?? [];
				for (const id of ids) {
					const c = this.contacts.find((x) => x.id === id);
					if (!c) return this.error(404, 'contact_not_found', `Contact ${String(id)} not found`);
					if (!list.some((r) => r.id === id)) {
						list.push({
							id: c.id,
							firstName: c.firstName,
							lastName: c.lastName,
							phoneNumber: c.phoneNumber,
						});
					}
				}
				this.recipients.set(p.id, list);
				return this.ok(list);
			})
			// Source: MindCloud remove-recipients-from-broadcast.md (DELETE with body ids[])
			.route('DELETE', '/:channelId/broadcasts/:id/recipients', (req, p) => {
				const found = this.broadcast(p.channelId, p.id);
				if (typeof found.status === 'number') return found as FakeResponse;
				const ids = ((req.body ?? {}) as Row).ids;
				if (!Array.isArray(ids) || ids.length === 0)
					return this.error(400, 'validation_error', 'ids must be a non-empty array');
				const list = (this.recipients.get(p.id) ?? []).filter((r) => !ids.includes(r.id));
				this.recipients.set(p.id, list);
				return this.ok(list);
			});
	}

	/**
	 * A WhatsApp message from `phoneNumber` reaching `channelId`, as Heyy
	 * reports it: POSTed to every active WHATSAPP_MESSAGE_RECEIVED API webhook
	 * of the channel (or of every channel), one after the other, in the
	 * documented shape (docs.heyy.io webhook-object-model, event
	 * `message.received`). A button reply carries its title as the body and an
	 * attachment of type "button" (the docs name the type only; `payload`
	 * holding the button id is a guess). Answers the status of each delivery.
	 */
	async receive(
		channelId: string,
		phoneNumber: string,
		content: { text?: string; buttonId?: string },
		options: { deliveryId?: string; messageId?: string } = {},
	): Promise<number[]> {
		const hooks = this.webhooks.filter(
			(w) =>
				w.isActive !== false &&
				w.type === 'WHATSAPP_MESSAGE_RECEIVED' &&
				(w.channelId === null || w.channelId === channelId),
		);
		const body = {
			id: options.deliveryId ?? this.id('dlv'),
			tenantId: HEYY_TENANT,
			event: 'message.received',
			data: {
				id: options.messageId ?? this.id('msg'),
				type: 'message',
				sender: 'inbound',
				status: 'none',
				content: {
					body: content.text ?? null,
					attachments: content.buttonId
						? [{ id: this.id('att'), type: 'button', payload: content.buttonId }]
						: [],
				},
				timestamp: new Date().toISOString(),
				chat: { id: `chat_${channelId}_${phoneNumber.slice(1)}` },
				handle: { id: this.id('hdl'), type: 'phone_number', value: phoneNumber },
				contact: { id: this.id('cnt'), phoneNumber },
				channel: { id: channelId, type: 'whatsapp', name: 'WhatsApp' },
			},
		};
		return await this.deliverTo(
			hooks.map((h) => String(h.url)),
			body,
		);
	}
}
