import { createHmac, randomBytes, randomUUID } from 'node:crypto';

import type { FakeResponse, RecordedRequest } from './server';
import { FakeServer, testKey } from './server';

/** Fresh fake keys per run: an account key and a partner (agency) key. */
export const SPOKI_KEY = testKey('spoki');
export const SPOKI_PARTNER_KEY = testKey('spoki-partner');

type Row = Record<string, unknown>;

export const SPOKI_EVENT_NAMES = [
	'chat.has_unread_messages',
	'message.outbound',
	'message.inbound',
	'message.note',
	'contact.created',
	'contact.updated',
	'contact.deleted',
	'contact_tag.created',
	'contact_tag.deleted',
	'contact_list.created',
	'contact_list.deleted',
];

/** A copy of a row without its `secret` (list endpoints never show it). */
const withoutSecret = (row: Row): Row => Object.fromEntries(Object.entries(row).filter(([key]) => key !== 'secret'));

const E164 = /^\+[1-9]\d{6,14}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const NOT_FOUND: FakeResponse = { status: 404, body: { detail: 'Not found.' } };
const DJANGO_404 = '<!doctype html><html><head><title>Not Found</title></head><body><h1>Not Found</h1><p>The requested resource was not found on this server.</p></body></html>';

/** Signs a delivery the way Spoki's v2 webhooks do: `t=<unix>,v2=hex(HMAC-SHA256(secret, "<t>.<raw>"))`. */
export function spokiSignature(secret: string, raw: string, timestamp = Math.floor(Date.now() / 1000)): string {
	const v2 = createHmac('sha256', secret).update(`${timestamp}.${raw}`).digest('hex');
	return `t=${timestamp},v2=${v2}`;
}

/** A delivery body and its signed headers, ready for `ActiveTrigger.deliver(body, {raw, headers})`. */
export function signedDelivery(
	secret: string,
	body: unknown,
	options: { timestamp?: number } = {},
): { raw: string; headers: Record<string, string> } {
	const raw = JSON.stringify(body);
	return { raw, headers: { 'x-spoki-signature': spokiSignature(secret, raw, options.timestamp) } };
}

/** A Spoki v2 event payload with a fresh `event_uuid`. */
export function spokiEvent(event: string, data: Row = {}): Row {
	return { event, event_uuid: randomUUID(), version: 2, created_datetime: new Date().toISOString(), data };
}

/**
 * Spoki as described in shared/api/spoki.md: `X-Spoki-Api-Key`, paths under
 * `/api/1` that must end with a slash (others get Django's HTML 404), DRF
 * pagination `{count, next, previous, results}` with absolute `next` links,
 * DRF error bodies (`{"detail": ...}`, `{"field": ["msg"]}`, per-entry lists
 * for bulk requests, Spoki coded errors), the bulk contact sync, automation
 * starts authenticated by their trigger secret, partner-only endpoints, and
 * external webhooks that answer with their signing secret.
 */
export class FakeSpoki extends FakeServer {
	pageSize = 20;

	/** Origin used in `next`/`previous` links (Spoki's public host, in some tests). */
	linkOrigin = '';

	/** When false, a created webhook comes back without its secret (only rotate_secret gives one). */
	secretOnCreate = true;

	accounts: Row[] = [
		{ id: 501, name: 'Acme Italia', phone: '+390212345678', status: 'ACTIVE', current_credit: 125000, account_type: 2, daily_limit: 1000, quality_score: 'GREEN', timezone: 'Europe/Rome' },
		{ id: 502, name: 'Acme Sandbox', phone: '+390287654321', status: 'ACTIVE', current_credit: 0, account_type: 1, daily_limit: 250, quality_score: 'GREEN', timezone: 'Europe/Rome' },
	];

	agencies: Row[] = [{ id: 31, account: 501 }];

	partners: Row[] = [{ id: 7, name: 'Partner Srl', accounts: [501, 502] }];

	tags: Row[] = [
		{ id: 11, name: 'VIP', color: '#ff0000', order: 1 },
		{ id: 12, name: 'Newsletter', color: '#00ff00', order: 2 },
	];

	customFields: Row[] = [
		{ id: 61, label: 'Order ID', code: 'ORDER_ID', field_type: 1, example: 'A-1' },
		{ id: 62, label: 'Delivery Date', code: 'DELIVERY_DATE', field_type: 2, example: '2026-01-31' },
	];

	templates: Row[] = [
		{
			id: 301,
			name: 'order_shipped',
			category: 'UTILITY',
			is_approved: true,
			is_favorite: false,
			customfield_set: [61],
			templatelocalization_set: [{ language: 'IT', status: 'APPROVED', body: 'Ciao %%FIRST_NAME%%, ordine %%ORDER_ID%% spedito', header: null, footer: null, button_set: [] }],
		},
		{
			id: 302,
			name: 'spring_promo',
			category: 'MARKETING',
			is_approved: false,
			is_favorite: true,
			customfield_set: [],
			templatelocalization_set: [{ language: 'EN', status: 'PENDING', body: 'Spring sale', header: { format: 'IMAGE' }, footer: null, button_set: [{ order: 0, text: 'Shop' }] }],
		},
	];

	automations: Row[] = [
		{
			id: 345016,
			name: 'Welcome flow',
			is_active: true,
			webhook_platform: 'Api',
			first_message_text: 'Benvenuto!',
			created_datetime: '2026-01-10T09:00:00Z',
			updated_datetime: '2026-02-01T09:00:00Z',
			webhook_set: [{ uuid: 'b1f0c0de-0000-4000-8000-00000000a001', link: '', secret: 'trigger-secret-welcome', is_active: true }],
		},
		{
			id: 345017,
			name: 'Cart recovery',
			is_active: false,
			webhook_platform: 'Shopify',
			first_message_text: 'Hai dimenticato qualcosa?',
			created_datetime: '2026-01-11T09:00:00Z',
			updated_datetime: '2026-01-11T09:00:00Z',
			webhook_set: [],
		},
		{
			id: 345018,
			name: 'Paused API flow',
			is_active: true,
			webhook_platform: 'Api',
			first_message_text: 'Ciao',
			created_datetime: '2026-01-12T09:00:00Z',
			updated_datetime: '2026-01-12T09:00:00Z',
			webhook_set: [{ uuid: 'b1f0c0de-0000-4000-8000-00000000a002', link: '', secret: 'trigger-secret-paused', is_active: false }],
		},
	];

	campaigns: Row[] = [
		{ id: 71, name: 'January', scheduled_datetime: '2026-01-15T10:00:00Z', status: 'SENT' },
		{ id: 72, name: 'February', scheduled_datetime: '2026-02-15T10:00:00Z', status: 'SCHEDULED' },
		{ id: 73, name: 'March', scheduled_datetime: '2026-03-15T10:00:00Z', status: 'DRAFT' },
	];

	contacts: Row[] = [];

	tickets: Row[] = [];

	/** External webhooks, secrets included (the list endpoint hides them). */
	webhooks: Row[] = [];

	/** Bodies accepted by `POST /api/1/messages/send/`. */
	sent: Row[] = [];

	/** Automation starts accepted by `POST /wh/ap/{uuid}/`. */
	started: Row[] = [];

	/** Number of records in each accepted bulk sync request. */
	bulkSizes: number[] = [];

	/** Phones whose 24-hour window is closed: free text to them is refused. */
	closedWindows = new Set<string>(['+393330000000']);

	private seq = 1000;

	constructor() {
		super(
			'',
			(req) => {
				// Django answers a path without its trailing slash with its HTML 404 page.
				if (!req.path.endsWith('/')) return { status: 404, raw: DJANGO_404 };
				// Automation starts are authenticated by the trigger secret in the body.
				if (req.path.startsWith('/wh/ap/')) return undefined;
				const key = req.headers['x-spoki-api-key'];
				if (key === undefined) return { status: 401, body: { detail: 'Authentication credentials were not provided.' } };
				if (key !== SPOKI_KEY && key !== SPOKI_PARTNER_KEY) return { status: 401, body: { detail: 'Invalid API key.' } };
				return undefined;
			},
			() => ({ status: 404, raw: DJANGO_404 }),
		);
		this.install();
	}

	/** Adds `n` contacts with phones +3933300000NN… and names Contact N. */
	seedContacts(n: number): void {
		const start = this.contacts.length;
		for (let i = start + 1; i <= start + n; i++) {
			this.contacts.push(this.newContact({ phone: `+39333${String(i).padStart(7, '0')}`, first_name: `Contact ${i}`, language: i % 2 ? 'it' : 'en' }));
		}
	}

	seedTickets(n: number): void {
		for (let i = 1; i <= n; i++) {
			this.tickets.push({
				id: 5000 + i,
				contact_phone: '+393331234567',
				title: `Ticket ${i}`,
				status: ['Open', 'Pending', 'Resolved', 'Closed'][i % 4],
				priority: 'Medium',
				description: '',
				reference: '',
				created_datetime: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
			});
		}
	}

	/** The signing secret of our webhook for an event. */
	secretFor(event: string): string {
		const hook = this.webhooks.find((w) => w.event === event);
		if (!hook) throw new Error(`No webhook for ${event}`);
		return String(hook.secret);
	}

	private nextId(): number {
		return ++this.seq;
	}

	private newContact(fields: Row): Row {
		return {
			id: this.nextId(),
			phone: fields.phone,
			first_name: fields.first_name ?? '',
			last_name: fields.last_name ?? '',
			email: fields.email ?? '',
			language: fields.language ?? '',
			status: fields.status ?? 'Not Declared',
			is_blocked: false,
			has_invalid_phone: false,
			chat_link: `https://app.spoki.it/chats/${String(fields.phone).replace('+', '')}/`,
			created_datetime: new Date().toISOString(),
			contactfield_set: [],
			tag_set: [],
			list_set: [],
		};
	}

	/** DRF PageNumberPagination: `?page=N` (1-based), absolute links keeping the other query parameters. */
	private page(req: RecordedRequest, list: Row[], size = this.pageSize): FakeResponse {
		const page = Number(req.query.page ?? 1);
		const start = (page - 1) * size;
		if (!Number.isInteger(page) || page < 1 || (start > 0 && start >= list.length)) {
			return { status: 404, body: { detail: 'Invalid page.' } };
		}
		const link = (n: number) => {
			const url = new URL(`${this.linkOrigin || this.baseUrl}${req.path}`);
			for (const [k, v] of Object.entries(req.query)) if (k !== 'page') url.searchParams.set(k, v);
			if (n > 1) url.searchParams.set('page', String(n));
			return url.toString();
		};
		return {
			status: 200,
			body: {
				count: list.length,
				next: start + size < list.length ? link(page + 1) : null,
				previous: page > 1 ? link(page - 1) : null,
				results: list.slice(start, start + size),
			},
		};
	}

	private byId(list: Row[], id: string): Row | undefined {
		return list.find((r) => String(r.id) === id);
	}

	/** Field errors of one contact record, DRF style; empty when valid. */
	private contactErrors(b: Row): Row {
		const errors: Row = {};
		if (b.phone === undefined || b.phone === '') errors.phone = ['This field is required.'];
		else if (typeof b.phone !== 'string' || !E164.test(b.phone)) errors.phone = ['Enter a valid phone number.'];
		if (b.email && (typeof b.email !== 'string' || !EMAIL.test(b.email))) errors.email = ['Enter a valid email address.'];
		if (b.status !== undefined && !['Not Declared', 'Subscribed', 'Unsubscribed'].includes(String(b.status))) {
			errors.status = [`"${String(b.status)}" is not a valid choice.`];
		}
		if (b.custom_fields !== undefined) {
			const unknown = Object.keys(b.custom_fields as Row).filter((code) => !this.customFields.some((f) => f.code === code));
			if (unknown.length) errors.custom_fields = unknown.map((code) => `Unknown custom field: ${code}.`);
		}
		return errors;
	}

	private applyContact(contact: Row, b: Row): void {
		for (const key of ['phone', 'first_name', 'last_name', 'email', 'language', 'status', 'is_blocked']) {
			if (b[key] !== undefined) contact[key] = b[key];
		}
		for (const [code, value] of Object.entries((b.custom_fields ?? {}) as Row)) {
			const field = this.customFields.find((f) => f.code === code)!;
			const set = contact.contactfield_set as Row[];
			const existing = set.find((cf) => cf.field === field.id);
			if (existing) existing.value = value;
			else set.push({ id: this.nextId(), field: field.id, value, value_datetime: null, visual_code: code });
		}
	}

	private upsertContact(b: Row): { contact: Row; created: boolean } {
		let contact = this.contacts.find((c) => c.phone === b.phone);
		const created = !contact;
		if (!contact) {
			contact = this.newContact(b);
			this.contacts.push(contact);
		}
		this.applyContact(contact, b);
		return { contact, created };
	}

	private install(): void {
		const ok = (body: unknown, status = 200): FakeResponse => ({ status, body });
		const body = (req: RecordedRequest) => (req.body && typeof req.body === 'object' ? (req.body as Row) : {});
		const isPartner = (req: RecordedRequest) => req.headers['x-spoki-api-key'] === SPOKI_PARTNER_KEY;

		// Accounts, agencies, partners
		this.on('GET', '/api/1/accounts/', (req) => this.page(req, this.accounts))
			.on('GET', '/api/1/accounts/:id/', (_req, p) => {
				const a = this.byId(this.accounts, p.id);
				return a ? ok(a) : NOT_FOUND;
			})
			.on('GET', '/api/1/accounts/:id/current_report/', (_req, p) => {
				if (!this.byId(this.accounts, p.id)) return NOT_FOUND;
				return ok({
					account: Number(p.id),
					period_start: '2026-02-01',
					contacted_contacts: 120,
					template_message_count: 80,
					free_message_count: 200,
					incoming_message_count: 310,
					exchanged_messages: 590,
					sent_message_count: 280,
					delivered_message_count: 270,
					read_message_count: 190,
					conversation_count: 95,
				});
			})
			.on('GET', '/api/1/agencies/', () => ok(this.agencies))
			.on('GET', '/api/1/partners/', (req) =>
				isPartner(req) ? this.page(req, this.partners) : { status: 403, body: { detail: 'You do not have permission to perform this action.' } },
			);

		// Contacts
		this.on('GET', '/api/1/contacts/', (req) => {
			const q = req.query;
			const list = this.contacts.filter((c) => {
				if (q.search && !['phone', 'email', 'first_name', 'last_name', 'language'].some((k) => String(c[k]).toLowerCase().includes(q.search.toLowerCase()))) return false;
				for (const key of ['email', 'phone', 'language', 'first_name', 'last_name', 'status']) {
					if (q[key] !== undefined && String(c[key]) !== q[key]) return false;
				}
				if (q.is_blocked !== undefined && String(c.is_blocked) !== q.is_blocked) return false;
				if (q.tag !== undefined && !(c.tag_set as Row[]).some((t) => String(t.id) === q.tag)) return false;
				return true;
			});
			return this.page(req, list);
		})
			.on('POST', '/api/1/contacts/sync/', (req) => {
				const b = body(req);
				const errors = this.contactErrors(b);
				if (Object.keys(errors).length) return ok(errors, 400);
				const { contact, created } = this.upsertContact(b);
				return ok(contact, created ? 201 : 200);
			})
			.on('POST', '/api/1/contacts/sync_all/', (req) => {
				if (!Array.isArray(req.body)) return ok({ non_field_errors: ['Expected a list of items but got type "dict".'] }, 400);
				const records = req.body as Row[];
				if (records.length > 500) return ok({ non_field_errors: ['Ensure this field has no more than 500 elements.'] }, 400);
				const errors = records.map((r) => this.contactErrors(r));
				if (errors.some((e) => Object.keys(e).length)) return ok(errors, 400);
				this.bulkSizes.push(records.length);
				return ok(records.map((r) => this.upsertContact(r).contact));
			})
			.on('GET', '/api/1/contacts/:id/', (_req, p) => {
				const c = this.byId(this.contacts, p.id);
				return c ? ok(c) : NOT_FOUND;
			})
			.on('PATCH', '/api/1/contacts/:id/', (req, p) => {
				const c = this.byId(this.contacts, p.id);
				if (!c) return NOT_FOUND;
				const b = body(req);
				const errors = this.contactErrors(b);
				if (Object.keys(errors).length) return ok(errors, 400);
				this.applyContact(c, b);
				return ok(c);
			})
			.on('DELETE', '/api/1/contacts/:id/', (_req, p) => {
				const i = this.contacts.findIndex((c) => String(c.id) === p.id);
				if (i < 0) return NOT_FOUND;
				this.contacts.splice(i, 1);
				return { status: 204 };
			});

		// Custom fields
		this.on('GET', '/api/1/custom-fields/', (req) => {
			const s = (req.query.search ?? '').toLowerCase();
			return this.page(req, this.customFields.filter((f) => !s || `${f.label} ${f.code}`.toLowerCase().includes(s)));
		})
			.on('POST', '/api/1/custom-fields/', (req) => {
				const b = body(req);
				const errors: Row = {};
				for (const key of ['label', 'code', 'field_type', 'example']) if (b[key] === undefined || b[key] === '') errors[key] = ['This field is required.'];
				if (b.code && this.customFields.some((f) => f.code === b.code)) errors.code = ['custom field with this code already exists.'];
				if (b.field_type !== undefined && ![1, 2, 3].includes(b.field_type as number)) errors.field_type = [`"${String(b.field_type)}" is not a valid choice.`];
				if (Object.keys(errors).length) return ok(errors, 400);
				const field = { id: this.nextId(), label: b.label, code: b.code, field_type: b.field_type, example: b.example };
				this.customFields.push(field);
				return ok(field, 201);
			})
			.on('GET', '/api/1/custom-fields/:id/', (_req, p) => {
				const f = this.byId(this.customFields, p.id);
				return f ? ok(f) : NOT_FOUND;
			})
			.on('PATCH', '/api/1/custom-fields/:id/', (req, p) => {
				const f = this.byId(this.customFields, p.id);
				if (!f) return NOT_FOUND;
				const b = body(req);
				if (b.label !== undefined) f.label = b.label;
				return ok(f);
			})
			.on('DELETE', '/api/1/custom-fields/:id/', (_req, p) => {
				const i = this.customFields.findIndex((f) => String(f.id) === p.id);
				if (i < 0) return NOT_FOUND;
				this.customFields.splice(i, 1);
				return { status: 204 };
			});

		// Tags, templates
		this.on('GET', '/api/1/tags/', (req) => this.page(req, this.tags))
			.on('GET', '/api/1/tags/:id/', (_req, p) => {
				const t = this.byId(this.tags, p.id);
				return t ? ok(t) : NOT_FOUND;
			})
			.on('GET', '/api/1/templates/', (req) => {
				const s = (req.query.search ?? '').toLowerCase();
				return this.page(req, this.templates.filter((t) => !s || JSON.stringify([t.id, t.name, t.templatelocalization_set]).toLowerCase().includes(s)));
			})
			.on('GET', '/api/1/templates/:id/', (_req, p) => {
				const t = this.byId(this.templates, p.id);
				return t ? ok(t) : NOT_FOUND;
			});

		// Automations and their starts
		const listed = (a: Row) => ({ ...a, webhook_set: (a.webhook_set as Row[]).map(withoutSecret) });
		this.on('GET', '/api/1/automations/', (req) => {
			const q = req.query;
			const list = this.automations.filter((a) => {
				if (q.search && !String(a.name).toLowerCase().includes(q.search.toLowerCase())) return false;
				if (q.is_active !== undefined && String(a.is_active) !== q.is_active) return false;
				if (q.webhook_platform !== undefined && a.webhook_platform !== q.webhook_platform) return false;
				return true;
			});
			return this.page(req, list.map(listed));
		})
			.on('GET', '/api/1/automations/:id/', (_req, p) => {
				const a = this.byId(this.automations, p.id);
				return a ? ok(a) : NOT_FOUND;
			})
			.on('POST', '/wh/ap/:uuid/', (req, p) => {
				const hook = this.automations.flatMap((a) => a.webhook_set as Row[]).find((h) => h.uuid === p.uuid);
				if (!hook) return NOT_FOUND;
				const b = body(req);
				if (b.secret !== hook.secret) return ok({ detail: 'Invalid secret.' }, 403);
				if (!b.phone) return ok({ phone: ['This field is required.'] }, 400);
				this.started.push({ uuid: p.uuid, ...b });
				return ok({ status: 'started' });
			});

		// Messages
		this.on('POST', '/api/1/messages/send/', (req) => {
			const b = body(req);
			if (!b.phone) return ok({ phone: ['This field is required.'] }, 400);
			if (b.type === 'Template') {
				const template = this.templates.find((t) => t.id === b.template);
				if (!template) return ok({ template: [`Invalid pk "${String(b.template)}" - object does not exist.`] }, 400);
				if (Object.keys((b.custom_fields ?? {}) as Row).length > 5) {
					return ok({ code: 'spoki::3014', title: 'Template error', detail: 'Too many %%FIELD%% variables for this template.' }, 400);
				}
			} else if (b.type === 'Message') {
				if (b.content_type !== 'Text' || !b.text) return ok({ text: ['This field is required.'] }, 400);
				if (this.closedWindows.has(String(b.phone))) {
					return ok({ detail: 'The 24 hour customer service window is closed: send a template.' }, 400);
				}
			} else {
				return ok({ type: [`"${String(b.type)}" is not a valid choice.`] }, 400);
			}
			const message = { id: this.nextId(), uuid: randomUUID(), status: 'Pending', ...b };
			this.sent.push(message);
			return ok(message, 201);
		});

		// Campaigns, tickets
		this.on('GET', '/api/1/campaigns/', (req) => {
			const gte = req.query.scheduled_datetime_gte ? Date.parse(req.query.scheduled_datetime_gte) : -Infinity;
			const lte = req.query.scheduled_datetime_lte ? Date.parse(req.query.scheduled_datetime_lte) : Infinity;
			if (Number.isNaN(gte) || Number.isNaN(lte)) return ok({ scheduled_datetime: ['Enter a valid date/time.'] }, 400);
			return this.page(req, this.campaigns.filter((c) => Date.parse(String(c.scheduled_datetime)) >= gte && Date.parse(String(c.scheduled_datetime)) <= lte));
		})
			.on('GET', '/api/1/tickets/', (req) => {
				const q = req.query;
				const size = Number(q.per_page ?? this.pageSize);
				if (!Number.isInteger(size) || size < 1 || size > 100) return ok({ per_page: ['Ensure this value is between 1 and 100.'] }, 400);
				let list = this.tickets.filter((t) => !q.status || String(t.status).toUpperCase() === q.status);
				const key = q.sort_by ?? 'created_datetime';
				list = [...list].sort((a, b) => String(a[key]).localeCompare(String(b[key])));
				if (q.order === 'desc') list.reverse();
				return this.page(req, list, size);
			})
			.on('POST', '/api/1/tickets/', (req) => {
				const b = body(req);
				const errors: Row = {};
				if (!b.contact_phone) errors.contact_phone = ['This field is required.'];
				if (!b.title) errors.title = ['This field is required.'];
				if (Object.keys(errors).length) return ok(errors, 400);
				const ticket = { id: this.nextId(), status: 'Open', priority: 'Medium', description: '', reference: '', created_datetime: new Date().toISOString(), ...b };
				this.tickets.push(ticket);
				return ok(ticket, 201);
			})
			.on('GET', '/api/1/tickets/:id/', (_req, p) => {
				const t = this.byId(this.tickets, p.id);
				return t ? ok(t) : NOT_FOUND;
			})
			.on('PATCH', '/api/1/tickets/:id/', (req, p) => {
				const t = this.byId(this.tickets, p.id);
				if (!t) return NOT_FOUND;
				Object.assign(t, body(req));
				return ok(t);
			})
			.on('DELETE', '/api/1/tickets/:id/', (_req, p) => {
				const i = this.tickets.findIndex((t) => String(t.id) === p.id);
				if (i < 0) return NOT_FOUND;
				this.tickets.splice(i, 1);
				return { status: 204 };
			});

		// External webhooks (outgoing from Spoki)
		const hidden = withoutSecret;
		this.on('GET', '/api/1/external-webhooks/', (req) => this.page(req, this.webhooks.map(hidden)))
			.on('POST', '/api/1/external-webhooks/', (req) => {
				const b = body(req);
				const errors: Row = {};
				if (typeof b.event !== 'string') errors.event = ['This field is required.'];
				else if (!SPOKI_EVENT_NAMES.includes(b.event)) errors.event = [`"${b.event}" is not a valid choice.`];
				if (typeof b.url !== 'string' || !/^https?:\/\//.test(b.url)) errors.url = ['Enter a valid URL.'];
				if (b.version !== 2) errors.version = ['Only version 2 webhooks can be created.'];
				if (Object.keys(errors).length) return ok(errors, 400);
				const hook = { id: this.nextId(), event: b.event, version: 2, url: b.url, is_active: b.is_active !== false, secret: `whsec_${randomBytes(24).toString('hex')}` };
				this.webhooks.push(hook);
				return ok(this.secretOnCreate ? hook : hidden(hook), 201);
			})
			.on('GET', '/api/1/external-webhooks/:id/', (_req, p) => {
				const w = this.byId(this.webhooks, p.id);
				return w ? ok(hidden(w)) : NOT_FOUND;
			})
			.on('POST', '/api/1/external-webhooks/:id/rotate_secret/', (_req, p) => {
				const w = this.byId(this.webhooks, p.id);
				if (!w) return NOT_FOUND;
				w.secret = `whsec_${randomBytes(24).toString('hex')}`;
				return ok({ secret: w.secret });
			})
			.on('DELETE', '/api/1/external-webhooks/:id/', (_req, p) => {
				const i = this.webhooks.findIndex((w) => String(w.id) === p.id);
				if (i < 0) return NOT_FOUND;
				this.webhooks.splice(i, 1);
				return { status: 204 };
			});
	}
}
