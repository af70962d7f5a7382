import type { FakeResponse, RecordedRequest } from './server';
import { FakeServer, pageOf, testKey } from './server';

/** A fresh fake key per run: only the fake knows it. */
export const TWOCHAT_KEY = testKey('2chat');

type Row = Record<string, unknown>;

/**
 * 2Chat as described in shared/api/2chat.md: `/open` prefix, `X-User-API-Key`,
 * `{success, ...}` envelopes, `{success:false, error:true, error_message}`
 * errors, `page_number`/`results_per_page` paging (max 100), fixed-size
 * message pages, and webhook subscriptions.
 */
export class FakeTwoChat extends FakeServer {
	numbers: Row[] = [
		{ uuid: 'WPN111', phone_number: '+5215500000001', friendly_name: 'Sales', connection_status: 'C' },
		{ uuid: 'WPN222', phone_number: '+5215500000002', friendly_name: 'Support', connection_status: 'D' },
	];

	groups: Row[] = [
		{ uuid: 'WGP001', wa_group_name: 'VIP customers', size: 12 },
		{ uuid: 'WGP002', wa_group_name: 'Staff', size: 4 },
	];

	contacts: Row[] = [];

	messages: Row[] = [];

	webhooks: Row[] = [];

	sent: Row[] = [];

	private seq = 0;

	constructor() {
		super(
			'/open',
			(req) => {
				const key = req.headers['x-user-api-key'];
				if (key === undefined) return { status: 403, body: { detail: 'Not authenticated' } };
				if (key !== TWOCHAT_KEY) return { status: 401, body: { detail: 'Invalid API Key' } };
				return undefined;
			},
			() => ({ status: 404, body: { success: false, error: true, error_message: 'Resource not found' } }),
		);
		this.install();
	}

	/** Adds `n` contacts named Contact 1..n. */
	seedContacts(n: number): void {
		for (let i = 1; i <= n; i++) {
			this.contacts.push({
				uuid: `CON${String(i).padStart(5, '0')}`,
				first_name: `Contact ${i}`,
				last_name: '',
				details: [{ id: i, type: 'WAPH', value: `+52155${String(i).padStart(8, '0')}` }],
			});
		}
	}

	seedMessages(n: number, remote = '+5215599999999'): void {
		for (let i = 1; i <= n; i++) {
			this.messages.push({ uuid: `MSG${i}`, remote_phone_number: remote, message: { text: `m${i}` }, sent_by: 'user' });
		}
	}

	private fail(status: number, message: string): FakeResponse {
		return { status, body: { success: false, error: true, error_message: message } };
	}

	private paged(req: RecordedRequest, list: Row[], key: string): FakeResponse {
		const page = Number(req.query.page_number ?? 0);
		const size = Number(req.query.results_per_page ?? 50);
		if (!Number.isInteger(size) || size < 1 || size > 100) {
			return this.fail(400, 'results_per_page must be between 1 and 100');
		}
		const rows = pageOf(list, page, size);
		return { status: 200, body: { success: true, page, count: rows.length, [key]: rows } };
	}

	private install(): void {
		const ok = (body: Row): FakeResponse => ({ status: 200, body: { success: true, ...body } });
		this.on('GET', '/info', () =>
			ok({
				account: { name: 'Acme', uuid: 'ACC1', on_trial: false, blocked: false },
				limits: { requests_per_minute: 80 },
				usage: { api_request_count: this.requests.length, max_api_request_count: 10000 },
			}),
		)
			.on('GET', '/users', () =>
				ok({ data: { users: [{ uuid: 'USR1', first_name: 'Ana', last_name: 'Diaz', email: 'ana@acme.test' }] } }),
			)
			.on('GET', '/whatsapp/get-numbers', (req) => {
				const status = req.query.status ?? 'all';
				const list = this.numbers.filter(
					(n) => status === 'all' || (status === 'connected') === (n.connection_status === 'C'),
				);
				return this.paged(req, list, 'numbers');
			})
			.on('GET', '/whatsapp/channel/:uuid', (_req, p) => {
				const n = this.numbers.find((x) => x.uuid === p.uuid);
				return n ? ok({ channel: n }) : this.fail(404, 'Channel not found');
			})
			.on('GET', '/whatsapp/check-number/:from/:to', (req, p) => {
				if (!this.numbers.some((n) => n.phone_number === p.from)) return this.fail(400, 'from_number is not one of your numbers');
				const on = !p.to.endsWith('0');
				return ok({
					is_valid: true,
					on_whatsapp: on,
					number: { iso_country_code: 'MX', phone_number: p.to },
					...(req.query['extra-information'] === 'true' ? { whatsapp_info: { pushname: 'Someone' } } : {}),
				});
			})
			.on('POST', '/whatsapp/send-message', (req) => {
				const b = (req.body ?? {}) as Row;
				if (!this.numbers.some((n) => n.phone_number === b.from_number)) {
					return this.fail(400, 'from_number is not one of your connected numbers');
				}
				if (Boolean(b.to_number) === Boolean(b.to_group_uuid)) {
					return this.fail(400, 'Send exactly one of to_number or to_group_uuid');
				}
				if (!b.text && !b.url && !b.pin) return this.fail(400, 'Nothing to send: text, url or pin is required');
				const uuid = `MSG${++this.seq}`;
				this.sent.push({ uuid, ...b });
				return ok({ message_uuid: uuid, batched: false });
			})
			.on('GET', '/whatsapp/messages/:from', (req) => this.fixed(req, this.messages, 100))
			.on('GET', '/whatsapp/messages/:from/:remote', (req, p) =>
				this.fixed(req, this.messages.filter((m) => m.remote_phone_number === p.remote), 100),
			)
			.on('GET', '/whatsapp/groups/messages/:uuid', (req, p) =>
				this.fixed(req, this.messages.filter((m) => m.group_uuid === p.uuid), 50),
			)
			.on('GET', '/whatsapp/groups/:from', (_req, p) =>
				this.numbers.some((n) => n.phone_number === p.from) ? ok({ data: this.groups }) : this.fail(404, 'Number not found'),
			)
			.on('GET', '/whatsapp/group/:uuid', (_req, p) => {
				const g = this.groups.find((x) => x.uuid === p.uuid);
				return g ? ok({ data: { ...g, participants: [{ phone_number: '+5215500000009', wa_is_admin: true }] } }) : this.fail(404, 'Group not found');
			})
			.on('GET', '/contacts', (req) => this.paged(req, this.contacts, 'contacts'))
			.on('GET', '/contacts/search', (req) => {
				if (!req.query.query) return this.fail(400, 'query is required');
				const q = req.query.query.toLowerCase();
				return this.paged(req, this.contacts.filter((c) => JSON.stringify(c).toLowerCase().includes(q)), 'contacts');
			})
			.on('POST', '/contacts', (req) => {
				const b = (req.body ?? {}) as Row;
				if (!b.first_name) return this.fail(400, 'first_name is required');
				if (!Array.isArray(b.contact_detail) || b.contact_detail.length === 0) {
					return this.fail(400, 'At least one contact detail is required');
				}
				const contact = {
					uuid: `CON${900000 + ++this.seq}`,
					first_name: b.first_name,
					last_name: b.last_name ?? '',
					channel_uuid: b.channel_uuid ?? null,
					profile_pic_url: b.profile_pic_url ?? null,
					details: (b.contact_detail as Row[]).map((d, i) => ({ id: i + 1, ...d })),
				};
				this.contacts.push(contact);
				return ok({ contact });
			})
			.on('GET', '/contacts/:uuid', (_req, p) => {
				const c = this.contacts.find((x) => x.uuid === p.uuid);
				return c ? ok({ contact: c }) : this.fail(404, 'Contact not found');
			})
			.on('PUT', '/contacts/:uuid', (req, p) => {
				const c = this.contacts.find((x) => x.uuid === p.uuid);
				if (!c) return this.fail(404, 'Contact not found');
				const b = (req.body ?? {}) as Row;
				for (const key of ['first_name', 'last_name', 'profile_pic_url', 'channel_uuid']) if (key in b) c[key] = b[key];
				if (Array.isArray(b.contact_details)) c.details = b.contact_details;
				return ok({ contact: c });
			})
			.on('DELETE', '/contacts/:uuid', (_req, p) => {
				const i = this.contacts.findIndex((x) => x.uuid === p.uuid);
				if (i < 0) return this.fail(404, 'Contact not found');
				this.contacts.splice(i, 1);
				return ok({});
			})
			.on('GET', '/webhooks', () => ok({ webhooks: this.webhooks }))
			.on('POST', '/webhooks/subscribe/:event', (req, p) => {
				const b = (req.body ?? {}) as Row;
				if (!b.hook_url) return this.fail(400, 'hook_url is required');
				if (!this.numbers.some((n) => n.phone_number === b.on_number)) return this.fail(400, 'on_number is not one of your numbers');
				const hook = {
					uuid: `WHK${++this.seq}`,
					event_name: p.event,
					channel_uuid: this.numbers.find((n) => n.phone_number === b.on_number)!.uuid,
					hook_url: b.hook_url,
					hook_params: b.to_group_uuid ? { to_group_uuid: b.to_group_uuid } : {},
					created_at: new Date().toISOString(),
				};
				this.webhooks.push(hook);
				return ok({ data: hook });
			})
			.on('DELETE', '/webhooks/:uuid', (_req, p) => {
				const i = this.webhooks.findIndex((w) => w.uuid === p.uuid);
				if (i < 0) return this.fail(404, 'Webhook not found');
				this.webhooks.splice(i, 1);
				return ok({});
			});
	}

	private fixed(req: RecordedRequest, list: Row[], size: number): FakeResponse {
		const page = Number(req.query.page_number ?? 0);
		const rows = pageOf(list, page, size);
		return { status: 200, body: { success: true, page, count: rows.length, messages: rows } };
	}
}
