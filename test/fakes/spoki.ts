import { createHmac, randomBytes, randomUUID } from 'node:crypto';

import type { FakeResponse, RecordedRequest } from './server';
import { FakeServer, testKey } from './server';

/** Fresh fake keys per run: an account key and a partner (agency) key. */
export const SPOKI_KEY = testKey('spoki');
export const SPOKI_PARTNER_KEY = testKey('spoki-partner');

type Row = Record<string, unknown>;

/** The rate-limit scopes Spoki documents (see `FakeSpoki.limits`). */
export type SpokiScope = 'template' | 'text' | 'syncAll' | 'addOperator' | 'removeOperator';

/** Spoki's documented limits per minute (sources on `FakeSpoki.limits`). */
export const SPOKI_LIMITS_PER_MINUTE: Record<SpokiScope, number> = {
	template: 60,
	text: 120,
	syncAll: 1,
	addOperator: 5,
	removeOperator: 5,
};

/** One value per rate-limit scope. */
function scopes<T>(value: () => T): Record<SpokiScope, T> {
	return Object.fromEntries(
		Object.keys(SPOKI_LIMITS_PER_MINUTE).map((scope) => [scope, value()]),
	) as Record<SpokiScope, T>;
}

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
const withoutSecret = (row: Row): Row =>
	Object.fromEntries(Object.entries(row).filter(([key]) => key !== 'secret'));

const E164 = /^\+[1-9]\d{6,14}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const NOT_FOUND: FakeResponse = { status: 404, body: { detail: 'Not found.' } };
const DJANGO_404 =
	'<!doctype html><html><head><title>Not Found</title></head><body><h1>Not Found</h1><p>The requested resource was not found on this server.</p></body></html>';

/** Signs a delivery the way Spoki's v2 webhooks do: `t=<unix>,v2=hex(HMAC-SHA256(secret, "<t>.<raw>"))`. */
export function spokiSignature(
	secret: string,
	raw: string,
	timestamp = Math.floor(Date.now() / 1000),
): string {
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
	return {
		event,
		event_uuid: randomUUID(),
		version: 2,
		created_datetime: new Date().toISOString(),
		data,
	};
}

/**
 * Spoki as described in docs/api/spoki.md: `X-Spoki-Api-Key`, paths under
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
		{
			id: 501,
			name: 'Acme Italia',
			phone: '+390212345678',
			status: 'ACTIVE',
			current_credit: 125000,
			account_type: 2,
			daily_limit: 1000,
			quality_score: 'GREEN',
			timezone: 'Europe/Rome',
		},
		{
			id: 502,
			name: 'Acme Sandbox',
			phone: '+390287654321',
			status: 'ACTIVE',
			current_credit: 0,
			account_type: 1,
			daily_limit: 250,
			quality_score: 'GREEN',
			timezone: 'Europe/Rome',
		},
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
			templatelocalization_set: [
				{
					language: 'IT',
					status: 'APPROVED',
					body: 'Ciao %%FIRST_NAME%%, ordine %%ORDER_ID%% spedito',
					header: null,
					footer: null,
					button_set: [],
				},
			],
		},
		{
			id: 302,
			name: 'spring_promo',
			category: 'MARKETING',
			is_approved: false,
			is_favorite: true,
			customfield_set: [],
			templatelocalization_set: [
				{
					language: 'EN',
					status: 'PENDING',
					body: 'Spring sale',
					header: { format: 'IMAGE' },
					footer: null,
					button_set: [{ order: 0, text: 'Shop' }],
				},
			],
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
			webhook_set: [
				{
					uuid: 'b1f0c0de-0000-4000-8000-00000000a001',
					link: '',
					secret: 'trigger-secret-welcome',
					is_active: true,
				},
			],
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
			webhook_set: [
				{
					uuid: 'b1f0c0de-0000-4000-8000-00000000a002',
					link: '',
					secret: 'trigger-secret-paused',
					is_active: false,
				},
			],
		},
	];

	campaigns: Row[] = [
		{ id: 71, name: 'January', scheduled_datetime: '2026-01-15T10:00:00Z', status: 'SENT' },
		{ id: 72, name: 'February', scheduled_datetime: '2026-02-15T10:00:00Z', status: 'SCHEDULED' },
		{ id: 73, name: 'March', scheduled_datetime: '2026-03-15T10:00:00Z', status: 'DRAFT' },
	];

	contacts: Row[] = [];

	tickets: Row[] = [];

	/** Contact lists; `contacts` holds member contact ids. */
	lists: Row[] = [
		{
			id: 81,
			name: 'Newsletter IT',
			contacts: [] as number[],
			created_datetime: '2026-01-05T09:00:00Z',
		},
		{
			id: 82,
			name: 'Black Friday',
			contacts: [] as number[],
			created_datetime: '2026-01-06T09:00:00Z',
		},
	];

	/** Emails of the account's operators (users), for add/remove operator. */
	operators: string[] = ['anna@acme.test', 'marco@acme.test'];

	/** Number of contacts in each accepted list sync_contacts request. */
	listSyncSizes: number[] = [];

	/** Number of contacts in each accepted bulk automation start. */
	bulkStarts: number[] = [];

	/** Largest bulk automation start the fake accepts (undocumented: a guess). */
	bulkStartMax = 100;

	/** External webhooks, secrets included (the list endpoint hides them). */
	webhooks: Row[] = [];

	/** Bodies accepted by `POST /api/1/messages/send/`. */
	sent: Row[] = [];

	/** Automation starts accepted by `POST /wh/ap/{uuid}/`. */
	started: Row[] = [];

	/** Number of records in each accepted bulk sync request. */
	bulkSizes: number[] = [];

	/** When true, a contact PATCH without `phone` is refused (the reading audit S5 doubts). */
	patchNeedsPhone = false;

	/** Phones whose 24-hour window is closed: free text to them is refused. */
	closedWindows = new Set<string>(['+393330000000']);

	/**
	 * Per-scope rate limits, off unless a test turns them on (`enforceLimits`):
	 * template sends 60/min and text sends 120/min ([PHP] MambuSRL/spoki_whatsapp
	 * src/Spoki.php@77b4304, quoting Spoki's Postman collection), bulk sync 1/min and
	 * add/remove operator 5/min each ([CMP] Composio's Spoki tool descriptions only: "Bulk Sync
	 * Contacts … Rate limit: 1 request per minute", "Add Contact Operator … Rate limited to 5
	 * requests per minute"; one budget per endpoint: guess). Each scope keeps a sliding log of
	 * its accepted requests, like DRF's SimpleRateThrottle (rest_framework/throttling.py).
	 */
	limits?: { windowMs: number; perWindow: Record<SpokiScope, number> };

	/** Requests each scope answered 429, and when each scope accepted a request. */
	throttledBy: Record<SpokiScope, number> = scopes(() => 0);

	acceptedAt: Record<SpokiScope, number[]> = scopes(() => []);

	private used: Record<SpokiScope, number[]> = scopes(() => []);

	/**
	 * Which reading of the campaign date filters the fake serves: `date` takes
	 * only YYYY-MM-DD ([PHP] src/Api/Campaigns.php@105e1f70: "date in YYYY-MM-DD
	 * format"; a timestamp gets django-filter's DateFilter 400), `datetime` takes
	 * ISO 8601 ([CMP] and seed 001) and, like Django's DateTimeField, a bare date.
	 */
	campaignDates: 'date' | 'datetime' = 'date';

	/**
	 * Which ticket status casing the list filter accepts: `upper` (seed 001's
	 * list examples, OPEN/PENDING/…) or `title` ([PHP] src/Api/Tickets.php@105e1f70
	 * create/update examples, 'Open'); the other casing gets a 400 (`choice`,
	 * django-filter ChoiceFilter) or an empty list (`exact`, a CharFilter). Guess:
	 * which one Spoki does is not documented.
	 */
	ticketStatus: { casing: 'upper' | 'title'; mismatch: 'choice' | 'exact' } = {
		casing: 'upper',
		mismatch: 'choice',
	};

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
				if (key === undefined)
					return { status: 401, body: { detail: 'Authentication credentials were not provided.' } };
				if (key !== SPOKI_KEY && key !== SPOKI_PARTNER_KEY)
					return { status: 401, body: { detail: 'Invalid API key.' } };
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
			this.contacts.push(
				this.newContact({
					phone: `+39333${String(i).padStart(7, '0')}`,
					first_name: `Contact ${i}`,
					language: i % 2 ? 'it' : 'en',
				}),
			);
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

	/**
	 * Turns the documented per-scope limits on, per window of `windowMs`
	 * (60,000 is Spoki's minute; tests scale it down), optionally overriding figures.
	 */
	enforceLimits(windowMs = 60_000, perWindow: Partial<Record<SpokiScope, number>> = {}): void {
		this.limits = { windowMs, perWindow: { ...SPOKI_LIMITS_PER_MINUTE, ...perWindow } };
		this.used = scopes(() => []);
	}

	clearLimits(): void {
		this.limits = undefined;
	}

	/**
	 * DRF's throttle answer: 429, `Retry-After` in whole seconds and
	 * `{"detail": "Request was throttled. Expected available in N seconds."}`
	 * (encode/django-rest-framework rest_framework/exceptions.py `Throttled`,
	 * rest_framework/views.py `handle_exception`); [SPD] spoki.it/api-documentation lists 429.
	 */
	private throttleScope(scope: SpokiScope): FakeResponse | undefined {
		const now = Date.now();
		if (this.limits) {
			const { windowMs, perWindow } = this.limits;
			const recent = this.used[scope].filter((t) => now - t < windowMs);
			this.used[scope] = recent;
			if (recent.length >= perWindow[scope]) {
				this.throttledBy[scope]++;
				const wait = Math.max(1, Math.ceil((recent[0] + windowMs - now) / 1000));
				return {
					status: 429,
					headers: { 'retry-after': String(wait) },
					body: {
						detail: `Request was throttled. Expected available in ${wait} second${wait === 1 ? '' : 's'}.`,
					},
				};
			}
			recent.push(now);
		}
		this.acceptedAt[scope].push(now);
		return undefined;
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
		else if (typeof b.phone !== 'string' || !E164.test(b.phone))
			errors.phone = ['Enter a valid phone number.'];
		if (b.email && (typeof b.email !== 'string' || !EMAIL.test(b.email)))
			errors.email = ['Enter a valid email address.'];
		if (
			b.status !== undefined &&
			!['Not Declared', 'Subscribed', 'Unsubscribed'].includes(String(b.status))
		) {
			errors.status = [`"${String(b.status)}" is not a valid choice.`];
		}
		if (b.custom_fields !== undefined) {
			const unknown = Object.keys(b.custom_fields as Row).filter(
				(code) => !this.customFields.some((f) => f.code === code),
			);
			if (unknown.length)
				errors.custom_fields = unknown.map((code) => `Unknown custom field: ${code}.`);
		}
		return errors;
	}

	private applyContact(contact: Row, b: Row): void {
		for (const key of [
			'phone',
			'first_name',
			'last_name',
			'email',
			'language',
			'status',
			'is_blocked',
		]) {
			if (b[key] !== undefined) contact[key] = b[key];
		}
		for (const [code, value] of Object.entries((b.custom_fields ?? {}) as Row)) {
			const field = this.customFields.find((f) => f.code === code)!;
			const set = contact.contactfield_set as Row[];
			const existing = set.find((cf) => cf.field === field.id);
			if (existing) existing.value = value;
			else
				set.push({
					id: this.nextId(),
					field: field.id,
					value,
					value_datetime: null,
					visual_code: code,
				});
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
		const body = (req: RecordedRequest) =>
			req.body && typeof req.body === 'object' ? (req.body as Row) : {};
		const isPartner = (req: RecordedRequest) =>
			req.headers['x-spoki-api-key'] === SPOKI_PARTNER_KEY;
		// Paths and methods: [PHP] MambuSRL/spoki_whatsapp tests/fixtures/endpoints.json@105e1f70 (from Spoki's Postman collection).
		// Lists are DRF pages {count,next,previous,results} (docs/api/spoki.md §2.3: [CMP] outputs, code following `next`).

		// Accounts, agencies, partners
		// source: [PHP] endpoints.json "Accounts / List, search, and filter accounts"
		this.on('GET', '/api/1/accounts/', (req) => this.page(req, this.accounts))
			// source: [PHP] endpoints.json "Accounts / Retrieve account"; 404 body is DRF's NotFound (rest_framework/exceptions.py)
			.on('GET', '/api/1/accounts/:id/', (_req, p) => {
				const a = this.byId(this.accounts, p.id);
				return a ? ok(a) : NOT_FOUND;
			})
			// source: [PHP] endpoints.json "Accounts / Current report"; fields per docs/api/spoki.md §2.4 ([CMP])
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
			// source: [PHP] endpoints.json "Agencies / List agencies"; a bare array per docs/api/spoki.md §2.4 ([CMP] `[{id,account}]`)
			.on('GET', '/api/1/agencies/', () => ok(this.agencies))
			// source: [PHP] endpoints.json "Partners / List, search and filter partners"; 403 for an account key is a guess
			// (DRF PermissionDenied's text, rest_framework/exceptions.py)
			.on('GET', '/api/1/partners/', (req) =>
				isPartner(req)
					? this.page(req, this.partners)
					: { status: 403, body: { detail: 'You do not have permission to perform this action.' } },
			);

		// Contacts
		// source: [PHP] src/Api/Contacts.php listContacts (search, tag, is_blocked, email, phone, language, first_name, last_name, status)
		this.on('GET', '/api/1/contacts/', (req) => {
			const q = req.query;
			const list = this.contacts.filter((c) => {
				if (
					q.search &&
					!['phone', 'email', 'first_name', 'last_name', 'language'].some((k) =>
						String(c[k]).toLowerCase().includes(q.search.toLowerCase()),
					)
				)
					return false;
				for (const key of ['email', 'phone', 'language', 'first_name', 'last_name', 'status']) {
					if (q[key] !== undefined && String(c[key]) !== q[key]) return false;
				}
				if (q.is_blocked !== undefined && String(c.is_blocked) !== q.is_blocked) return false;
				if (q.tag !== undefined && !(c.tag_set as Row[]).some((t) => String(t.id) === q.tag))
					return false;
				return true;
			});
			return this.page(req, list);
		})
			// source: [PHP] src/Api/Contacts.php syncContact (one object, matched on phone); 201/200 split is a guess
			.on('POST', '/api/1/contacts/sync/', (req) => {
				const b = body(req);
				const errors = this.contactErrors(b);
				if (Object.keys(errors).length) return ok(errors, 400);
				const { contact, created } = this.upsertContact(b);
				return ok(contact, created ? 201 : 200);
			})
			// source: [PHP] src/Api/Contacts.php syncContacts (root array, at most 500); 1/min per [CMP] (see `limits`);
			// the answer's shape is not documented (audit S8): a guess, the synced contacts as an array
			.on('POST', '/api/1/contacts/sync_all/', (req) => {
				const throttled = this.throttleScope('syncAll');
				if (throttled) return throttled;
				if (!Array.isArray(req.body))
					return ok({ non_field_errors: ['Expected a list of items but got type "dict".'] }, 400);
				const records = req.body as Row[];
				if (records.length > 500)
					return ok(
						{ non_field_errors: ['Ensure this field has no more than 500 elements.'] },
						400,
					);
				const errors = records.map((r) => this.contactErrors(r));
				if (errors.some((e) => Object.keys(e).length)) return ok(errors, 400);
				this.bulkSizes.push(records.length);
				return ok(records.map((r) => this.upsertContact(r).contact));
			})
			// source: [PHP] endpoints.json "Contacts / Retrieve contact"; fields per docs/api/spoki.md §2.4
			.on('GET', '/api/1/contacts/:id/', (_req, p) => {
				const c = this.byId(this.contacts, p.id);
				return c ? ok(c) : NOT_FOUND;
			})
			// source: [PHP] src/Api/Contacts.php updateContact / blockContact (PATCH, partial body);
			// `patchNeedsPhone` serves the other reading (docs/api/spoki.md "send the current value"): a guess
			.on('PATCH', '/api/1/contacts/:id/', (req, p) => {
				const c = this.byId(this.contacts, p.id);
				if (!c) return NOT_FOUND;
				const b = body(req);
				if (this.patchNeedsPhone && b.phone === undefined)
					return ok({ phone: ['This field is required.'] }, 400);
				const errors = this.contactErrors({ phone: c.phone, ...b });
				if (Object.keys(errors).length) return ok(errors, 400);
				this.applyContact(c, b);
				return ok(c);
			})
			// source: [PHP] endpoints.json "Contacts / Delete contact"; 204 is DRF's destroy (rest_framework/mixins.py)
			.on('DELETE', '/api/1/contacts/:id/', (_req, p) => {
				const i = this.contacts.findIndex((c) => String(c.id) === p.id);
				if (i < 0) return NOT_FOUND;
				this.contacts.splice(i, 1);
				return { status: 204 };
			})
			// source: [PHP] src/Api/Contacts.php addContactOperator / removeContactOperator (body {email});
			// the answer and the unknown-operator error are guesses
			.on('POST', '/api/1/contacts/:id/:action/', (req, p) => {
				if (p.action !== 'add_operator' && p.action !== 'remove_operator')
					return { status: 404, raw: DJANGO_404 };
				const c = this.byId(this.contacts, p.id);
				if (!c) return NOT_FOUND;
				const throttled = this.throttleScope(
					p.action === 'add_operator' ? 'addOperator' : 'removeOperator',
				);
				if (throttled) return throttled;
				const email = body(req).email;
				if (typeof email !== 'string' || !email)
					return ok({ email: ['This field is required.'] }, 400);
				if (!this.operators.includes(email))
					return ok({ email: ['No operator with this email.'] }, 400);
				const set = new Set((c.operators as string[] | undefined) ?? []);
				if (p.action === 'add_operator') set.add(email);
				else set.delete(email);
				c.operators = [...set];
				return ok(c);
			});

		// Custom fields
		// source: [PHP] src/Api/CustomFields.php listCustomFields: only `search` ("label", "code"); other query parameters are ignored, as DRF does
		this.on('GET', '/api/1/custom-fields/', (req) => {
			const s = (req.query.search ?? '').toLowerCase();
			return this.page(
				req,
				this.customFields.filter((f) => !s || `${f.label} ${f.code}`.toLowerCase().includes(s)),
			);
		})
			// source: [PHP] src/Api/CustomFields.php createCustomField {label, code, field_type, example}; reserved codes per docs/api/spoki.md §2.4
			.on('POST', '/api/1/custom-fields/', (req) => {
				const b = body(req);
				const errors: Row = {};
				for (const key of ['label', 'code', 'field_type', 'example'])
					if (b[key] === undefined || b[key] === '') errors[key] = ['This field is required.'];
				if (b.code && this.customFields.some((f) => f.code === b.code))
					errors.code = ['custom field with this code already exists.'];
				if (b.field_type !== undefined && ![1, 2, 3].includes(b.field_type as number))
					errors.field_type = [`"${String(b.field_type)}" is not a valid choice.`];
				if (Object.keys(errors).length) return ok(errors, 400);
				const field = {
					id: this.nextId(),
					label: b.label,
					code: b.code,
					field_type: b.field_type,
					example: b.example,
				};
				this.customFields.push(field);
				return ok(field, 201);
			})
			// source: [PHP] endpoints.json "Custom Fields / Retrieve custom field"
			.on('GET', '/api/1/custom-fields/:id/', (_req, p) => {
				const f = this.byId(this.customFields, p.id);
				return f ? ok(f) : NOT_FOUND;
			})
			// source: [PHP] src/Api/CustomFields.php updateCustomField (PATCH {label})
			.on('PATCH', '/api/1/custom-fields/:id/', (req, p) => {
				const f = this.byId(this.customFields, p.id);
				if (!f) return NOT_FOUND;
				const b = body(req);
				if (b.label !== undefined) f.label = b.label;
				return ok(f);
			})
			// source: [PHP] endpoints.json "Custom Fields / Delete custom field"
			.on('DELETE', '/api/1/custom-fields/:id/', (_req, p) => {
				const i = this.customFields.findIndex((f) => String(f.id) === p.id);
				if (i < 0) return NOT_FOUND;
				this.customFields.splice(i, 1);
				return { status: 204 };
			});

		// Tags, templates
		// source: [PHP] endpoints.json "Tags / List, search, and filter tags"
		this.on('GET', '/api/1/tags/', (req) => this.page(req, this.tags))
			// source: [PHP] endpoints.json "Tags / Retrieve tag"
			.on('GET', '/api/1/tags/:id/', (_req, p) => {
				const t = this.byId(this.tags, p.id);
				return t ? ok(t) : NOT_FOUND;
			})
			// source: [PHP] src/Api/Templates.php listTemplates (search by id, name or text; channel_id)
			.on('GET', '/api/1/templates/', (req) => {
				const s = (req.query.search ?? '').toLowerCase();
				return this.page(
					req,
					this.templates.filter(
						(t) =>
							!s ||
							JSON.stringify([t.id, t.name, t.templatelocalization_set]).toLowerCase().includes(s),
					),
				);
			})
			// source: [PHP] endpoints.json "Templates / Retrieve template"; fields per docs/api/spoki.md §2.4
			.on('GET', '/api/1/templates/:id/', (_req, p) => {
				const t = this.byId(this.templates, p.id);
				return t ? ok(t) : NOT_FOUND;
			});

		// Automations and their starts
		const listed = (a: Row) => ({ ...a, webhook_set: (a.webhook_set as Row[]).map(withoutSecret) });
		const hookOf = (uuid: string) =>
			this.automations.flatMap((a) => a.webhook_set as Row[]).find((h) => h.uuid === uuid);
		// source: [PHP] src/Api/Automations.php listAutomations (search, webhook_platform, is_active); hiding secrets in lists is a guess
		this.on('GET', '/api/1/automations/', (req) => {
			const q = req.query;
			const list = this.automations.filter((a) => {
				if (q.search && !String(a.name).toLowerCase().includes(q.search.toLowerCase()))
					return false;
				if (q.is_active !== undefined && String(a.is_active) !== q.is_active) return false;
				if (q.webhook_platform !== undefined && a.webhook_platform !== q.webhook_platform)
					return false;
				return true;
			});
			return this.page(req, list.map(listed));
		})
			// source: [PHP] endpoints.json "Automations / Retrieve automation"; webhook_set {uuid,link,secret,is_active} per docs/api/spoki.md §2.4
			.on('GET', '/api/1/automations/:id/', (_req, p) => {
				const a = this.byId(this.automations, p.id);
				return a ? ok(a) : NOT_FOUND;
			})
			// source: [PHP] src/Api/Automations.php startAutomation (no API key; secret and phone in the body);
			// the 403 text and the answer are guesses
			.on('POST', '/wh/ap/:uuid/', (req, p) => {
				const hook = hookOf(p.uuid);
				if (!hook) return NOT_FOUND;
				const b = body(req);
				if (b.secret !== hook.secret) return ok({ detail: 'Invalid secret.' }, 403);
				if (!b.phone) return ok({ phone: ['This field is required.'] }, 400);
				this.started.push({ uuid: p.uuid, ...b });
				return ok({ status: 'started' });
			})
			// source: [PHP] src/Api/Automations.php startAutomationBulk ({secret, contacts:[{phone,…}]}, no API key);
			// the per-request maximum and the answer are guesses
			.on('POST', '/wh/ap/:uuid/bulk/', (req, p) => {
				const hook = hookOf(p.uuid);
				if (!hook) return NOT_FOUND;
				const b = body(req);
				if (b.secret !== hook.secret) return ok({ detail: 'Invalid secret.' }, 403);
				if (!Array.isArray(b.contacts) || b.contacts.length === 0)
					return ok({ contacts: ['This field is required.'] }, 400);
				const contacts = b.contacts as Row[];
				if (contacts.length > this.bulkStartMax)
					return ok(
						{ contacts: [`Ensure this field has no more than ${this.bulkStartMax} elements.`] },
						400,
					);
				const errors = contacts.map((c) =>
					typeof c.phone === 'string' && E164.test(c.phone)
						? {}
						: { phone: ['Enter a valid phone number.'] },
				);
				if (errors.some((e) => Object.keys(e).length)) return ok({ contacts: errors }, 400);
				this.bulkStarts.push(contacts.length);
				for (const c of contacts) this.started.push({ uuid: p.uuid, bulk: true, ...c });
				return ok({ status: 'started', count: contacts.length });
			});

		// Messages
		// source: [PHP] src/Api/Messages.php: type Template ({phone, template, language, custom_fields, buttons, header_media, metadata, email})
		// or Message with content_type Text ({text}), Interactive ({text, header{format,text}, footer{text}, buttons[{button_type,text,order,payload}]})
		// or List ({text, header, footer, list{title, sections[{title, rows[{title, description, payload}]}]}}).
		// Limits 60/min (templates) and 120/min (texts): [PHP] src/Spoki.php@77b4304. Error texts are DRF's; spoki::3014 per [DART].
		this.on('POST', '/api/1/messages/send/', (req) => {
			const b = body(req);
			const throttled = this.throttleScope(b.type === 'Template' ? 'template' : 'text');
			if (throttled) return throttled;
			if (!b.phone) return ok({ phone: ['This field is required.'] }, 400);
			if (b.type === 'Template') {
				const template = this.templates.find((t) => t.id === b.template);
				if (!template)
					return ok(
						{ template: [`Invalid pk "${String(b.template)}" - object does not exist.`] },
						400,
					);
				if (Object.keys((b.custom_fields ?? {}) as Row).length > 5) {
					return ok(
						{
							code: 'spoki::3014',
							title: 'Template error',
							detail: 'Too many %%FIELD%% variables for this template.',
						},
						400,
					);
				}
			} else if (b.type === 'Message') {
				if (!['Text', 'Interactive', 'List'].includes(String(b.content_type))) {
					return ok({ content_type: [`"${String(b.content_type)}" is not a valid choice.`] }, 400);
				}
				if (!b.text) return ok({ text: ['This field is required.'] }, 400);
				if (b.content_type === 'Interactive') {
					const buttons = b.buttons as Row[] | undefined;
					if (!Array.isArray(buttons) || buttons.length === 0)
						return ok({ buttons: ['This field is required.'] }, 400);
					// WhatsApp reply buttons: at most 3 (guess for Spoki's own check; Meta's Cloud API limit)
					if (buttons.length > 3)
						return ok({ buttons: ['Ensure this field has no more than 3 elements.'] }, 400);
					if (buttons.some((x) => !x.text || x.order === undefined))
						return ok({ buttons: ['Each button needs text and order.'] }, 400);
				}
				if (b.content_type === 'List') {
					const list = b.list as Row | undefined;
					const sections = list?.sections as Row[] | undefined;
					if (!list || !list.title || !Array.isArray(sections) || sections.length === 0)
						return ok({ list: ['This field is required.'] }, 400);
					if (
						sections.some((x) => !Array.isArray(x.rows) || (x.rows as Row[]).some((r) => !r.title))
					) {
						return ok({ list: ['Every row needs a title.'] }, 400);
					}
				}
				if (this.closedWindows.has(String(b.phone))) {
					// guess: no source shows the refusal; a Spoki coded error ({code, title, detail},
					// as for spoki::3014) relaying WhatsApp's code 131047 (Meta Cloud API error codes).
					return ok(
						{
							code: 131047,
							title: 'Re-engagement message',
							detail: 'The 24 hour customer service window is closed: send a template.',
						},
						400,
					);
				}
			} else {
				return ok({ type: [`"${String(b.type)}" is not a valid choice.`] }, 400);
			}
			const message = { id: this.nextId(), uuid: randomUUID(), status: 'Pending', ...b };
			this.sent.push(message);
			return ok(message, 201);
		});

		// Campaigns
		// source: [PHP] src/Api/Campaigns.php listCampaigns: scheduled_datetime_gte/lte "date in YYYY-MM-DD format"
		// ([CMP] and seed 001 say ISO 8601): both readings, see `campaignDates`
		this.on('GET', '/api/1/campaigns/', (req) => {
			const bound = (key: string): { at: number; dateOnly: boolean } | FakeResponse | undefined => {
				const value = req.query[key];
				if (value === undefined) return undefined;
				const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
				// django-filter DateFilter → forms.DateField "Enter a valid date."; DateTimeFilter → "Enter a valid date/time."
				if (this.campaignDates === 'date' && !dateOnly)
					return ok({ [key]: ['Enter a valid date.'] }, 400);
				const at = Date.parse(dateOnly ? `${value}T00:00:00Z` : value);
				if (Number.isNaN(at))
					return ok(
						{
							[key]: [
								this.campaignDates === 'date' ? 'Enter a valid date.' : 'Enter a valid date/time.',
							],
						},
						400,
					);
				return { at, dateOnly };
			};
			const gte = bound('scheduled_datetime_gte');
			const lte = bound('scheduled_datetime_lte');
			if (gte && 'status' in gte) return gte;
			if (lte && 'status' in lte) return lte;
			const DAY = 86_400_000;
			const list = this.campaigns.filter((c) => {
				const at = Date.parse(String(c.scheduled_datetime));
				// A date filter compares the day (`__date__gte`); a date-time filter the instant (a bare date is midnight).
				const day = Math.floor(at / DAY) * DAY;
				if (gte && (this.campaignDates === 'date' ? day < gte.at : at < gte.at)) return false;
				if (lte && (this.campaignDates === 'date' ? day > lte.at : at > lte.at)) return false;
				return true;
			});
			return this.page(req, list);
		})
			// source: [PHP] src/Api/Campaigns.php getCampaign
			.on('GET', '/api/1/campaigns/:id/', (_req, p) => {
				const c = this.byId(this.campaigns, p.id);
				return c ? ok(c) : NOT_FOUND;
			});

		// Tickets
		// source: seed 001 LIST_TICKETS (page, per_page, order, sort_by, status "OPEN, PENDING, RESOLVED, or CLOSED");
		// the 100 maximum of per_page is a guess (audit S7); status casing: see `ticketStatus`
		this.on('GET', '/api/1/tickets/', (req) => {
			const q = req.query;
			const size = Number(q.per_page ?? this.pageSize);
			if (!Number.isInteger(size) || size < 1 || size > 100)
				return ok({ per_page: ['Ensure this value is between 1 and 100.'] }, 400);
			const { casing, mismatch } = this.ticketStatus;
			let statusMatches = true;
			if (q.status) {
				const wanted =
					casing === 'upper'
						? q.status.toUpperCase()
						: q.status.charAt(0).toUpperCase() + q.status.slice(1).toLowerCase();
				statusMatches = wanted === q.status;
				if (!statusMatches && mismatch === 'choice') {
					// django-filter ChoiceFilter → forms.ChoiceField's message
					return ok(
						{ status: [`Select a valid choice. ${q.status} is not one of the available choices.`] },
						400,
					);
				}
			}
			let list = this.tickets.filter(
				(t) =>
					!q.status || (statusMatches && String(t.status).toUpperCase() === q.status.toUpperCase()),
			);
			const key = q.sort_by ?? 'created_datetime';
			list = [...list].sort((a, b) => String(a[key]).localeCompare(String(b[key])));
			if (q.order === 'desc') list.reverse();
			return this.page(req, list, size);
		})
			// source: [PHP] src/Api/Tickets.php createTicket (contact_phone, title, status 'Open', priority 'Medium', description, reference)
			.on('POST', '/api/1/tickets/', (req) => {
				const b = body(req);
				const errors: Row = {};
				if (!b.contact_phone) errors.contact_phone = ['This field is required.'];
				if (!b.title) errors.title = ['This field is required.'];
				if (Object.keys(errors).length) return ok(errors, 400);
				const ticket = {
					id: this.nextId(),
					status: 'Open',
					priority: 'Medium',
					description: '',
					reference: '',
					created_datetime: new Date().toISOString(),
					...b,
				};
				this.tickets.push(ticket);
				return ok(ticket, 201);
			})
			// source: [PHP] endpoints.json "Tickets / Retrieve ticket"
			.on('GET', '/api/1/tickets/:id/', (_req, p) => {
				const t = this.byId(this.tickets, p.id);
				return t ? ok(t) : NOT_FOUND;
			})
			// source: [PHP] src/Api/Tickets.php updateTicket (PATCH, same fields as create)
			.on('PATCH', '/api/1/tickets/:id/', (req, p) => {
				const t = this.byId(this.tickets, p.id);
				if (!t) return NOT_FOUND;
				Object.assign(t, body(req));
				return ok(t);
			})
			// source: [PHP] endpoints.json "Tickets / Delete ticket"
			.on('DELETE', '/api/1/tickets/:id/', (_req, p) => {
				const i = this.tickets.findIndex((t) => String(t.id) === p.id);
				if (i < 0) return NOT_FOUND;
				this.tickets.splice(i, 1);
				return { status: 204 };
			});

		// Contact lists
		const listById = (id: string) => this.byId(this.lists, id);
		const members = (l: Row) => l.contacts as number[];
		const shown = (l: Row): Row => ({
			id: l.id,
			name: l.name,
			contacts_count: members(l).length,
			created_datetime: l.created_datetime,
		});
		// source: [PHP] src/Api/Lists.php listLists (search by list name); the row fields are a guess
		this.on('GET', '/api/1/lists/', (req) => {
			const s = (req.query.search ?? '').toLowerCase();
			return this.page(
				req,
				this.lists.filter((l) => !s || String(l.name).toLowerCase().includes(s)).map(shown),
			);
		})
			// source: [PHP] src/Api/Lists.php createList ({name}); the answer's fields are a guess
			.on('POST', '/api/1/lists/', (req) => {
				const name = body(req).name;
				if (typeof name !== 'string' || !name.trim())
					return ok({ name: ['This field is required.'] }, 400);
				const list = {
					id: this.nextId(),
					name,
					contacts: [] as number[],
					created_datetime: new Date().toISOString(),
				};
				this.lists.push(list);
				return ok(shown(list), 201);
			})
			// source: [PHP] src/Api/Lists.php getList
			.on('GET', '/api/1/lists/:id/', (_req, p) => {
				const l = listById(p.id);
				return l ? ok(shown(l)) : NOT_FOUND;
			})
			// source: [PHP] src/Api/Lists.php deleteList; 204 is DRF's destroy
			.on('DELETE', '/api/1/lists/:id/', (_req, p) => {
				const i = this.lists.findIndex((l) => String(l.id) === p.id);
				if (i < 0) return NOT_FOUND;
				this.lists.splice(i, 1);
				return { status: 204 };
			})
			// source: [PHP] src/Api/Lists.php syncListContacts ({contacts:[{phone, first_name, …, custom_fields}]}, an object,
			// unlike sync_all); the 500 maximum (as sync_all) and the answer are guesses
			.on('POST', '/api/1/lists/:id/sync_contacts/', (req, p) => {
				const l = listById(p.id);
				if (!l) return NOT_FOUND;
				const contacts = body(req).contacts;
				if (Array.isArray(req.body))
					return ok(
						{ non_field_errors: ['Invalid data. Expected a dictionary, but got list.'] },
						400,
					);
				if (!Array.isArray(contacts) || contacts.length === 0)
					return ok({ contacts: ['This field is required.'] }, 400);
				if (contacts.length > 500)
					return ok({ contacts: ['Ensure this field has no more than 500 elements.'] }, 400);
				const errors = (contacts as Row[]).map((r) => this.contactErrors(r));
				if (errors.some((e) => Object.keys(e).length)) return ok({ contacts: errors }, 400);
				this.listSyncSizes.push(contacts.length);
				const synced = (contacts as Row[]).map((r) => this.upsertContact(r).contact);
				for (const c of synced)
					if (!members(l).includes(c.id as number)) members(l).push(c.id as number);
				return ok(synced);
			})
			// source: [PHP] src/Api/Lists.php removeListContacts ({emails, phones, ids}); the answer is a guess
			.on('POST', '/api/1/lists/:id/remove_contacts/', (req, p) => {
				const l = listById(p.id);
				if (!l) return NOT_FOUND;
				const b = body(req);
				const keys = ['emails', 'phones', 'ids'].filter((k) => b[k] !== undefined);
				if (keys.length === 0)
					return ok({ non_field_errors: ['Give emails, phones or ids.'] }, 400);
				if (keys.some((k) => !Array.isArray(b[k])))
					return ok({ non_field_errors: ['emails, phones and ids must be lists.'] }, 400);
				const gone = this.contacts.filter(
					(c) =>
						((b.ids as unknown[] | undefined) ?? []).includes(c.id) ||
						((b.phones as unknown[] | undefined) ?? []).includes(c.phone) ||
						((b.emails as unknown[] | undefined) ?? []).includes(c.email),
				);
				const before = members(l).length;
				l.contacts = members(l).filter((id) => !gone.some((c) => c.id === id));
				return ok({ removed: before - members(l).length });
			})
			// source: [PHP] src/Api/Lists.php removeAllListContacts (POST, empty body); the answer is a guess
			.on('POST', '/api/1/lists/:id/remove_all_contacts/', (_req, p) => {
				const l = listById(p.id);
				if (!l) return NOT_FOUND;
				const removed = members(l).length;
				l.contacts = [];
				return ok({ removed });
			});

		// External webhooks (outgoing from Spoki)
		const hidden = withoutSecret;
		// source: [PHP] src/Api/Webhooks.php (list hides the secret: guess)
		this.on('GET', '/api/1/external-webhooks/', (req) => this.page(req, this.webhooks.map(hidden)))
			// source: [PHP] src/Api/Webhooks.php create {event, version: 2, url, is_active}, answer with `secret` (audit S10);
			// event names per [PHP] (list cut off) and [SUP]
			.on('POST', '/api/1/external-webhooks/', (req) => {
				const b = body(req);
				const errors: Row = {};
				if (typeof b.event !== 'string') errors.event = ['This field is required.'];
				else if (!SPOKI_EVENT_NAMES.includes(b.event))
					errors.event = [`"${b.event}" is not a valid choice.`];
				if (typeof b.url !== 'string' || !/^https?:\/\//.test(b.url))
					errors.url = ['Enter a valid URL.'];
				if (b.version !== 2) errors.version = ['Only version 2 webhooks can be created.'];
				if (Object.keys(errors).length) return ok(errors, 400);
				const hook = {
					id: this.nextId(),
					event: b.event,
					version: 2,
					url: b.url,
					is_active: b.is_active !== false,
					secret: `whsec_${randomBytes(24).toString('hex')}`,
				};
				this.webhooks.push(hook);
				return ok(this.secretOnCreate ? hook : hidden(hook), 201);
			})
			// source: [PHP] endpoints.json "Webhooks / API / Retrieve webhook"
			.on('GET', '/api/1/external-webhooks/:id/', (_req, p) => {
				const w = this.byId(this.webhooks, p.id);
				return w ? ok(hidden(w)) : NOT_FOUND;
			})
			// source: [PHP] endpoints.json "Webhooks / API / Rotate secret"; the answer's field name is a guess (audit S10)
			.on('POST', '/api/1/external-webhooks/:id/rotate_secret/', (_req, p) => {
				const w = this.byId(this.webhooks, p.id);
				if (!w) return NOT_FOUND;
				w.secret = `whsec_${randomBytes(24).toString('hex')}`;
				return ok({ secret: w.secret });
			})
			// source: [PHP] endpoints.json "Webhooks / API / Delete webhook"
			.on('DELETE', '/api/1/external-webhooks/:id/', (_req, p) => {
				const i = this.webhooks.findIndex((w) => String(w.id) === p.id);
				if (i < 0) return NOT_FOUND;
				this.webhooks.splice(i, 1);
				return { status: 204 };
			});
	}

	/**
	 * A WhatsApp message from `phone`, as Spoki reports it: a `message.inbound`
	 * v2 event POSTed to every active webhook of that event, each signed with
	 * its own secret ([PHP] README). The fields under `data` are a guess (Spoki
	 * documents none), the same the trigger tests use; a button's payload
	 * under `message.payload` likewise.
	 */
	async receive(phone: string, content: { text?: string; payload?: string }): Promise<number[]> {
		const hooks = this.webhooks.filter((w) => w.event === 'message.inbound' && w.is_active);
		const body = spokiEvent('message.inbound', {
			message: {
				id: this.nextId(),
				text: content.text ?? null,
				content_type: 'Text',
				...(content.payload ? { payload: content.payload } : {}),
			},
			contact: { id: 1001, phone },
		});
		return await this.deliverTo(
			hooks.map((h) => String(h.url)),
			body,
			(raw, url) => ({
				'x-spoki-signature': spokiSignature(String(hooks.find((h) => h.url === url)!.secret), raw),
			}),
		);
	}
}
