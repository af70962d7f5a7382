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

/**
 * Heyy as described in shared/api/heyy.md: `/api/v2.0` prefix, Bearer key,
 * `{data: ...}` envelopes, `{error: {messageKey, message}}` errors, 0-based
 * `page`/`pageSize` paging (at most 100), PUT updates (PATCH is 404),
 * `X-RateLimit-*` headers on every answer and 429 past the plan limit, sends
 * that fail with HTTP 200 and `data.errors[]`, and API webhooks.
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
		{ id: 'ch_ig_2', name: 'Acme Instagram', type: 'INSTAGRAM', status: 'ACTIVE', tenantId: HEYY_TENANT },
	];

	attributes: Row[] = [
		{ id: 'att_1', name: 'Customer Tier', externalId: 'customer_tier', type: 'TEXT', tenantId: HEYY_TENANT },
		{ id: 'att_2', name: 'City', externalId: 'city', type: 'TEXT', tenantId: HEYY_TENANT },
	];

	labels: Row[] = [
		{ id: 'lbl_1', name: 'VIP', color: '#ff0000', tenantId: HEYY_TENANT },
		{ id: 'lbl_2', name: 'Lead', color: '#00ff00', tenantId: HEYY_TENANT },
	];

	templates: Row[] = [
		{ id: 'tpl_1', name: 'order_update', language: 'en', status: 'APPROVED', category: 'UTILITY' },
		{ id: 'tpl_2', name: 'welcome', language: 'it', status: 'APPROVED', category: 'MARKETING' },
	];

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
			() => ({ status: 404, body: { error: { messageKey: 'endpoint_not_found', message: 'Endpoint not found' } } }),
		);
		gate.check = (req) => this.gateCheck(req);
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
			this.templates.push({ id: `tpl_x${i}`, name: `bulk_${i}`, language: 'en', status: 'APPROVED', category: 'UTILITY' });
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
				...this.error(429, 'rate_limit_exceeded', `Rate limit of ${this.planLimit} requests per minute exceeded`),
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
				...this.error(429, 'rate_limit_exceeded', `Rate limit of ${this.planLimit} requests per minute exceeded`),
				headers: this.limitHeaders(0, this.resetSeconds(this.windowStart + 60_000)),
			};
		}
		return undefined;
	}

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
					...this.limitHeaders(this.planLimit - this.windowUsed, this.resetSeconds(this.windowStart + 60_000)),
					...response.headers,
				},
			};
		});
	}

	private id(prefix: string): string {
		return `${prefix}_${String(++this.seq).padStart(5, '0')}`;
	}

	private paged(req: RecordedRequest, list: Row[], key: string, defaultSize = 20): FakeResponse {
		const page = Number(req.query.page ?? 0);
		const size = Number(req.query.pageSize ?? defaultSize);
		if (!Number.isInteger(page) || page < 0) return this.error(400, 'validation_error', 'page must be 0 or more');
		if (!Number.isInteger(size) || size < 1 || size > 100) {
			return this.error(400, 'validation_error', 'pageSize must be between 1 and 100');
		}
		return this.ok({ [key]: pageOf(list, page, size) });
	}

	private sorted(req: RecordedRequest, list: Row[], fields: string[]): Row[] | FakeResponse {
		const sortBy = req.query.sortBy;
		const order = req.query.order ?? 'ASC';
		if (sortBy === undefined) return list;
		if (!fields.includes(sortBy)) return this.error(400, 'validation_error', `sortBy must be one of ${fields.join(', ')}`);
		if (order !== 'ASC' && order !== 'DESC') return this.error(400, 'validation_error', 'order must be ASC or DESC');
		const sign = order === 'ASC' ? 1 : -1;
		return [...list].sort((a, b) => sign * String(a[sortBy] ?? '').localeCompare(String(b[sortBy] ?? '')));
	}

	private channel(id: string): Row | undefined {
		return this.channels.find((c) => c.id === id);
	}

	/** Checks a contact body's labels and attributes; returns an error answer or the stored forms. */
	private contactParts(b: Row): FakeResponse | { labels?: Row[]; attributes?: Row[] } {
		const out: { labels?: Row[]; attributes?: Row[] } = {};
		if (b.labels !== undefined) {
			if (!Array.isArray(b.labels)) return this.error(400, 'validation_error', 'labels must be an array of {name}');
			const labels: Row[] = [];
			for (const entry of b.labels as Row[]) {
				const found = this.labels.find((l) => l.name === entry?.name);
				if (!found) return this.error(400, 'label_not_found', `Label "${String(entry?.name)}" does not exist`);
				labels.push({ id: found.id, name: found.name });
			}
			out.labels = labels;
		}
		if (b.attributes !== undefined) {
			if (!Array.isArray(b.attributes)) return this.error(400, 'validation_error', 'attributes must be an array of {externalId, value}');
			const attributes: Row[] = [];
			for (const entry of b.attributes as Row[]) {
				if (!this.attributes.some((a) => a.externalId === entry?.externalId)) {
					return this.error(400, 'attribute_not_found', `Attribute "${String(entry?.externalId)}" does not exist`);
				}
				attributes.push({ externalId: entry.externalId, value: entry.value });
			}
			out.attributes = attributes;
		}
		return out;
	}

	private install(): void {
		const contactFound = (id: string) => this.contacts.find((c) => c.id === id);
		const notFound = (what: string, key: string) => this.error(404, `${key}_not_found`, `${what} not found`);

		this.route('GET', '/business', () => this.ok(this.business))
			// Channels
			.route('GET', '/channels', () => this.ok(this.channels))
			.route('GET', '/channels/:id', (_req, p) => {
				const c = this.channel(p.id);
				return c ? this.ok(c) : notFound('Channel', 'channel');
			})
			// Attributes
			.route('GET', '/attributes', () => this.ok(this.attributes))
			.route('POST', '/attributes', (req) => {
				const b = (req.body ?? {}) as Row;
				if (!b.name) return this.error(400, 'validation_error', 'name is required');
				if (typeof b.externalId !== 'string' || !EXTERNAL_ID.test(b.externalId)) {
					return this.error(400, 'validation_error', 'externalId must start with a letter and contain only letters, numbers and underscores');
				}
				if (this.attributes.some((a) => a.externalId === b.externalId)) {
					return this.error(400, 'attribute_already_exists', `An attribute with externalId "${b.externalId}" already exists`);
				}
				const attribute = { id: this.id('att'), type: 'TEXT', tenantId: HEYY_TENANT, description: null, ...b };
				this.attributes.push(attribute);
				return this.ok(attribute, 201);
			})
			.route('DELETE', '/attributes/:id', (_req, p) => {
				const i = this.attributes.findIndex((a) => a.id === p.id);
				if (i < 0) return notFound('Attribute', 'attribute');
				return this.ok(this.attributes.splice(i, 1)[0]);
			})
			// Labels
			.route('GET', '/labels', () => this.ok(this.labels))
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
			.route('DELETE', '/labels/:id', (_req, p) => {
				const i = this.labels.findIndex((l) => l.id === p.id);
				if (i < 0) return notFound('Label', 'label');
				return this.ok(this.labels.splice(i, 1)[0]);
			})
			// Contacts
			.route('GET', '/contacts', (req) => {
				let list = this.contacts;
				const search = req.query.search?.toLowerCase();
				if (search) {
					list = list.filter((c) =>
						[c.firstName, c.lastName, c.phoneNumber, c.email].some((v) => String(v ?? '').toLowerCase().includes(search)),
					);
				}
				const sorted = this.sorted(req, list, ['firstName', 'lastName', 'phoneNumber', 'createdAt', 'updatedAt']);
				if (!Array.isArray(sorted)) return sorted;
				return this.paged(req, sorted, 'contacts');
			})
			.route('POST', '/contacts', (req) => {
				const b = (req.body ?? {}) as Row;
				if (typeof b.phoneNumber !== 'string' || !E164.test(b.phoneNumber)) {
					return this.error(400, 'validation_error', 'phoneNumber must be in E.164 format');
				}
				if (this.contacts.some((c) => c.phoneNumber === b.phoneNumber)) {
					return this.error(400, 'contact_already_exists', `A contact with phone number ${b.phoneNumber} already exists`);
				}
				const parts = this.contactParts(b);
				if ('status' in parts) return parts;
				const contact = {
					id: this.id('con'),
					firstName: b.firstName ?? null,
					lastName: b.lastName ?? null,
					email: b.email ?? null,
					phoneNumber: b.phoneNumber,
					labels: parts.labels ?? [],
					attributes: parts.attributes ?? [],
					tenantId: HEYY_TENANT,
				};
				this.contacts.push(contact);
				return this.ok(contact, 201);
			})
			.route('GET', '/contacts/:id', (_req, p) => {
				const c = contactFound(p.id);
				return c ? this.ok(c) : notFound('Contact', 'contact');
			})
			.route('PUT', '/contacts/:id', (req, p) => {
				const c = contactFound(p.id);
				if (!c) return notFound('Contact', 'contact');
				const b = (req.body ?? {}) as Row;
				const parts = this.contactParts(b);
				if ('status' in parts) return parts;
				for (const key of ['firstName', 'lastName', 'email']) if (key in b) c[key] = b[key];
				if (parts.labels) c.labels = parts.labels;
				if (parts.attributes) {
					const current = (c.attributes as Row[]).filter((a) => !parts.attributes!.some((n) => n.externalId === a.externalId));
					c.attributes = [...current, ...parts.attributes];
				}
				return this.ok(c);
			})
			.route('DELETE', '/contacts/:id', (_req, p) => {
				const i = this.contacts.findIndex((c) => c.id === p.id);
				if (i < 0) return notFound('Contact', 'contact');
				return this.ok(this.contacts.splice(i, 1)[0]);
			})
			.route('POST', '/contacts/:id/attributes', (req, p) => {
				const c = contactFound(p.id);
				if (!c) return notFound('Contact', 'contact');
				const b = (req.body ?? {}) as Row;
				const parts = this.contactParts({ attributes: [{ externalId: b.externalId, value: b.value }] });
				if ('status' in parts) return parts;
				const others = (c.attributes as Row[]).filter((a) => a.externalId !== b.externalId);
				c.attributes = [...others, ...parts.attributes!];
				return this.ok(c);
			})
			.route('DELETE', '/contacts/:id/attributes', (req, p) => {
				const c = contactFound(p.id);
				if (!c) return notFound('Contact', 'contact');
				const externalId = ((req.body ?? {}) as Row).externalId;
				if (!externalId) return this.error(400, 'validation_error', 'externalId is required');
				c.attributes = (c.attributes as Row[]).filter((a) => a.externalId !== externalId);
				return this.ok(c);
			})
			// Message templates
			.route('GET', '/message_templates', (req) => {
				const sorted = this.sorted(req, this.templates, ['name', 'createdAt', 'updatedAt']);
				if (!Array.isArray(sorted)) return sorted;
				return this.paged(req, sorted, 'messageTemplates');
			})
			// Files
			.route('POST', '/upload_file', (req) => {
				const parts = parseMultipart(req);
				if (!parts) return this.error(400, 'validation_error', 'Send the file as multipart/form-data');
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
			.route('GET', '/api_webhooks', () => this.ok(this.webhooks))
			.route('POST', '/api_webhooks', (req) => {
				const b = (req.body ?? {}) as Row;
				if (!b.tenantId) return this.error(400, 'validation_error', 'tenantId is required');
				if (b.tenantId !== HEYY_TENANT) return this.error(403, 'forbidden', 'tenantId does not match the API key');
				if (!WEBHOOK_TYPES.includes(String(b.type))) return this.error(400, 'validation_error', `type must be one of ${WEBHOOK_TYPES.join(', ')}`);
				if (typeof b.url !== 'string' || !/^https?:\/\//.test(b.url)) return this.error(400, 'validation_error', 'url must be a valid URL');
				if (b.channelId !== undefined && !this.channel(String(b.channelId))) return notFound('Channel', 'channel');
				const now = new Date().toISOString();
				const hook = { id: this.id('whk'), type: b.type, url: b.url, isActive: true, channelId: b.channelId ?? null, tenantId: HEYY_TENANT, createdAt: now, updatedAt: now };
				this.webhooks.push(hook);
				return this.ok(hook, 201);
			})
			.route('PUT', '/api_webhooks/:id', (req, p) => {
				const hook = this.webhooks.find((w) => w.id === p.id);
				if (!hook) return notFound('API webhook', 'api_webhook');
				const b = (req.body ?? {}) as Row;
				if ('url' in b) hook.url = b.url;
				if ('isActive' in b) hook.isActive = b.isActive;
				hook.updatedAt = new Date().toISOString();
				return this.ok(hook);
			})
			.route('DELETE', '/api_webhooks/:id', (_req, p) => {
				const i = this.webhooks.findIndex((w) => w.id === p.id);
				if (i < 0) return notFound('API webhook', 'api_webhook');
				return this.ok(this.webhooks.splice(i, 1)[0]);
			})
			// Channel-scoped endpoints: /{channelId}/...
			.route('GET', '/:channelId/workflows', (_req, p) => {
				if (!this.channel(p.channelId)) return notFound('Channel', 'channel');
				return this.ok(this.automations.filter((a) => a.channelId === p.channelId));
			})
			.route('POST', '/:channelId/workflows/:workflowId', (req, p) => {
				if (!this.channel(p.channelId)) return notFound('Channel', 'channel');
				const automation = this.automations.find((a) => a.id === p.workflowId && a.channelId === p.channelId);
				if (!automation) return notFound('Workflow', 'workflow');
				const b = (req.body ?? {}) as Row;
				if (typeof b.phoneNumber !== 'string' || !E164.test(b.phoneNumber)) {
					return this.error(400, 'validation_error', 'phoneNumber must be in E.164 format');
				}
				if (automation.status !== 'ACTIVE') return this.error(400, 'workflow_not_active', 'The workflow is not active');
				const run = { id: this.id('run'), workflowId: automation.id, channelId: p.channelId, status: b.scheduledAt ? 'SCHEDULED' : 'STARTED', ...b };
				this.runs.push(run);
				return this.ok(run, 201);
			})
			.route('POST', '/:channelId/whatsapp_messages/send', (req, p) => this.send(req, p.channelId))
			.route('GET', '/:channelId/chats', (req, p) => {
				if (!this.channel(p.channelId)) return notFound('Channel', 'channel');
				return this.paged(req, this.chats.filter((c) => c.channelId === p.channelId), 'chats');
			})
			.route('GET', '/:channelId/chats/:chatId', (_req, p) => {
				const chat = this.chats.find((c) => c.id === p.chatId && c.channelId === p.channelId);
				return chat ? this.ok(chat) : notFound('Chat', 'chat');
			})
			.route('PUT', '/:channelId/chats/:chatId', (req, p) => {
				const chat = this.chats.find((c) => c.id === p.chatId && c.channelId === p.channelId);
				if (!chat) return notFound('Chat', 'chat');
				const b = (req.body ?? {}) as Row;
				for (const key of ['status', 'assignedUserId', 'assignedTeamId', 'isUnread']) if (key in b) chat[key] = b[key];
				return this.ok(chat);
			});
	}

	private send(req: RecordedRequest, channelId: string): FakeResponse {
		const channel = this.channel(channelId);
		if (!channel) return this.error(404, 'channel_not_found', 'Channel not found');
		if (channel.type !== 'WHATSAPP') return this.error(400, 'invalid_channel', 'The channel is not a WhatsApp channel');
		const b = (req.body ?? {}) as Row;
		if (typeof b.phoneNumber !== 'string' || !E164.test(b.phoneNumber)) {
			return this.error(400, 'validation_error', 'phoneNumber must be in E.164 format');
		}
		if (!SEND_TYPES.includes(String(b.type))) return this.error(400, 'validation_error', `type must be one of ${SEND_TYPES.join(', ')}`);
		if ((b.type === 'TEXT' || b.type === 'INTERACTIVE') && !b.bodyText) return this.error(400, 'validation_error', 'bodyText is required');
		if ((b.type === 'IMAGE' || b.type === 'DOCUMENT') && !this.files.some((f) => f.id === b.fileId)) {
			return this.error(400, 'file_not_found', `File ${String(b.fileId)} not found`);
		}
		if (b.type === 'TEMPLATE' && !this.templates.some((t) => t.id === b.messageTemplateId)) {
			return this.error(400, 'message_template_not_found', 'Message template not found');
		}
		if (b.type === 'INTERACTIVE' && (!Array.isArray(b.buttons) || b.buttons.length === 0 || b.buttons.length > 3)) {
			return this.error(400, 'validation_error', 'buttons must hold 1 to 3 buttons');
		}
		const message: Row = {
			id: this.id('msg'),
			chatId: `chat_${channelId}_${String(b.phoneNumber).slice(1)}`,
			channelId,
			type: b.type,
			status: b.scheduledAt ? 'scheduled' : 'pending',
			scheduledAt: b.scheduledAt ?? null,
			errors: [],
		};
		// Outside the 24-hour window only templates go out; Heyy still answers 200.
		if (this.closedWindow.has(b.phoneNumber) && b.type !== 'TEMPLATE') {
			message.status = 'failed';
			message.errors = [{ code: 131047, title: 'Re-engagement message', message: CLOSED_WINDOW }];
		}
		this.sent.push({ ...message, request: b });
		return this.ok(message);
	}
}
