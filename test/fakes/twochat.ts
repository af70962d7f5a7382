import type { FakeResponse, RecordedRequest } from './server';
import { FakeServer, pageOf, testKey } from './server';

/** A fresh fake key per run: only the fake knows it. */
export const TWOCHAT_KEY = testKey('2chat');

type Row = Record<string, unknown>;

/*
 * Sources cited per route below, shortened as:
 *   docs:   https://developers.2chat.co/docs/API/<page>
 *   skill:  2ChatCo/agent-skills skills/<name>/SKILL.md
 *   2c-n8n: 2ChatCo/2chat-n8n (2Chat's own n8n node) at 238f23e, nodes/TwoChat/v1/<path>
 * "guess" marks behaviour no source describes.
 */

/** E.164 as 2Chat documents numbers: `+`, then digits. */
const E164 = /^\+\d{7,15}$/;

/** A decimal coordinate written as a JSON string, the only form the sources show. */
const isCoordinate = (v: unknown, limit: number): boolean =>
	typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v.trim()) && Math.abs(Number(v)) <= limit;

/**
 * What Meta refuses in an `interactive` object, checked as its Cloud API documents the bounds
 * (developers.facebook.com/docs/whatsapp/cloud-api/messages/interactive-reply-buttons-messages,
 * interactive-list-messages, interactive-cta-url-messages); 2Chat passing Meta's refusal on as
 * a 400 with its words: guess.
 */
function interactiveProblem(value: unknown): string | undefined {
	if (!value || typeof value !== 'object') return 'payload.interactive is required';
	const i = value as Row;
	const text = (v: unknown, max: number) =>
		typeof v === 'string' && v.length > 0 && v.length <= max;
	const body = (i.body ?? {}) as Row;
	if (!text(body.text, 1024)) return 'interactive.body.text must have 1 to 1024 characters';
	const header = i.header as Row | undefined;
	if (header && (header.type !== 'text' || !text(header.text, 60)))
		return 'interactive.header must be a text of up to 60 characters';
	const footer = i.footer as Row | undefined;
	if (footer && !text(footer.text, 60))
		return 'interactive.footer.text must have up to 60 characters';
	const action = (i.action ?? {}) as Row;
	const unique = (ids: unknown[]) => new Set(ids).size === ids.length;
	if (i.type === 'button') {
		const buttons = action.buttons as Row[] | undefined;
		if (!Array.isArray(buttons) || buttons.length < 1 || buttons.length > 3)
			return 'interactive.action.buttons must hold 1 to 3 buttons';
		for (const b of buttons) {
			const reply = (b.reply ?? {}) as Row;
			if (b.type !== 'reply' || !text(reply.title, 20) || !text(reply.id, 256))
				return 'Each button needs type reply, an id (up to 256) and a title (up to 20 characters)';
		}
		if (!unique(buttons.map((b) => (b.reply as Row).id))) return 'Button ids must be unique';
		return undefined;
	}
	if (i.type === 'list') {
		const sections = action.sections as Row[] | undefined;
		if (!text(action.button, 20)) return 'interactive.action.button must have 1 to 20 characters';
		if (!Array.isArray(sections) || sections.length < 1 || sections.length > 10)
			return 'interactive.action.sections must hold 1 to 10 sections';
		if (sections.length > 1 && sections.some((s) => !text(s.title, 24)))
			return 'Each section needs a title of up to 24 characters when there are several';
		const rows = sections.flatMap((s) => (Array.isArray(s.rows) ? (s.rows as Row[]) : []));
		if (rows.length < 1 || rows.length > 10) return 'A list holds 1 to 10 rows in all';
		for (const r of rows) {
			if (!text(r.id, 200) || !text(r.title, 24))
				return 'Each row needs an id (up to 200) and a title (up to 24 characters)';
			if (r.description !== undefined && !text(r.description, 72))
				return 'A row description has up to 72 characters';
		}
		if (!unique(rows.map((r) => r.id))) return 'Row ids must be unique';
		return undefined;
	}
	if (i.type === 'cta_url') {
		const parameters = (action.parameters ?? {}) as Row;
		if (action.name !== 'cta_url') return 'interactive.action.name must be cta_url';
		if (!text(parameters.display_text, 20)) return 'display_text must have 1 to 20 characters';
		if (typeof parameters.url !== 'string' || !/^https?:\/\//.test(parameters.url))
			return 'parameters.url must be a URL';
		return undefined;
	}
	return `Unsupported interactive type: ${String(i.type)}`;
}

/**
 * 2Chat as its sources describe it: `/open` prefix, `X-User-API-Key`,
 * `{success, ...}` envelopes, `{success:false, error:true, error_message}`
 * errors, `page_number`/`results_per_page` paging (max 100), fixed-size
 * message pages, WhatsApp Business (WABA) sends and templates, groups and
 * webhook subscriptions.
 */
export class FakeTwoChat extends FakeServer {
	numbers: Row[] = [
		{
			uuid: 'WPN111',
			phone_number: '+5215500000001',
			friendly_name: 'Sales',
			connection_status: 'C',
		},
		{
			uuid: 'WPN222',
			phone_number: '+5215500000002',
			friendly_name: 'Support',
			connection_status: 'D',
		},
	];

	/** WABA recipients whose 24-hour window is closed: only templates reach them. */
	closedWindows = new Set<string>(['+14155550999']);

	wabaNumbers: Row[] = [
		{
			uuid: 'WAN111',
			phone_number: '+16173518454',
			friendly_name: 'Store WABA',
			iso_country_code: 'US',
			connection_status: 'C',
		},
	];

	/**
	 * Virtual (VoIP) phone numbers, shaped as docs: Phone-Calls/list-virtual-numbers shows them
	 * (`DID…` uuid, friendly_name defaulting to the number, status / status_text).
	 */
	virtualNumbers: Row[] = [
		{
			uuid: 'DID64a54de2-8ebe-4c01-838f-a2235815dab4',
			phone_number: '+18132522492',
			formatted_phone_number: '+1 813-252-2492',
			iso_country_code: 'US',
			friendly_name: 'Front desk',
			status: 1,
			status_text: 'ACTIVE',
		},
		{
			uuid: 'DID956dd470-92e4-451f-ab73-fc4f94f53276',
			phone_number: '+611300783904',
			formatted_phone_number: '+61 1300 783 904',
			iso_country_code: 'AU',
			friendly_name: '+611300783904',
			status: 0,
			status_text: 'PENDING_ACTIVATION',
		},
	];

	/**
	 * Phone-call event names this fake's 2Chat subscribes (docs: Phone-Calls/webhooks/subscribe;
	 * skill: 2chat-webhooks). 2c-n8n nodes/TwoChatTrigger/TwoChatTrigger.node.ts subscribes
	 * `call.outgoing.completed` instead of `call.outbound.completed`; tests swap the name here to
	 * play a server that takes that one. Another `call.*` name is refused with 400 (guess).
	 */
	callEvents = ['call.status.update', 'call.incoming.completed', 'call.outbound.completed'];

	/** WABA templates of the WABA number above; `template_content` holds the `{{n}}` placeholders. */
	templates: Row[] = [
		{
			uuid: 'TMP001',
			name: 'order_update',
			status: 'APPROVED',
			category: 'UTILITY',
			template_content: 'Hi {{1}}, your order {{2}} has shipped.',
		},
		{
			uuid: 'TMP002',
			name: 'welcome',
			status: 'APPROVED',
			category: 'MARKETING',
			template_content: 'Welcome to our store!',
		},
		{
			uuid: 'TMP003',
			name: 'draft_offer',
			status: 'PENDING',
			category: 'MARKETING',
			template_content: 'Offer {{1}}',
		},
	];

	/** Whether a template sync starts; false answers as 2Chat does when it cannot (docs: WABA/sync-templates). */
	templateSyncStarts = true;

	/** Templates per page of `GET /waba/templates` (guess: the docs give no page size). */
	templatePageSize = 2;

	groups: Row[] = [
		{ uuid: 'WGP001', wa_group_name: 'VIP customers', size: 12 },
		{ uuid: 'WGP002', wa_group_name: 'Staff', size: 4 },
	];

	contacts: Row[] = [];

	messages: Row[] = [];

	conversations: Row[] = [];

	webhooks: Row[] = [];

	sent: Row[] = [];

	/** Group actions received, as `{action, group, body}`. */
	groupActions: Row[] = [];

	private seq = 0;

	constructor() {
		super(
			// Base URL https://api.p.2chat.io/open (docs: intro; 2c-n8n credentials/TwoChatApi.credentials.ts).
			'/open',
			(req) => {
				// Header X-User-API-Key (docs: authentication). 401/403 bodies: third-party test code (guess).
				const key = req.headers['x-user-api-key'];
				if (key === undefined) return { status: 403, body: { detail: 'Not authenticated' } };
				if (key !== TWOCHAT_KEY) return { status: 401, body: { detail: 'Invalid API Key' } };
				return undefined;
			},
			// Error envelope {success:false, error:true, error_message} (skill: 2chat-numbers); the 404 status: guess.
			() => ({
				status: 404,
				body: { success: false, error: true, error_message: 'Resource not found' },
			}),
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
			this.messages.push({
				uuid: `MSG${i}`,
				session_key: `WW-WPN111-${remote.slice(1)}@c.us`,
				remote_phone_number: remote,
				message: { text: `m${i}` },
				sent_by: 'user',
				wa_msg_ack: 2,
				created_at: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
			});
		}
	}

	seedConversations(n: number): void {
		for (let i = 1; i <= n; i++) {
			const phone = `+1713${String(i).padStart(7, '0')}`;
			this.conversations.push({
				session_key: `WW-WPN111-${phone.slice(1)}@c.us`,
				friendly_name: `Customer ${i}`,
				channel_uuid: 'WPN111',
				phone_number: phone,
			});
		}
	}

	private fail(status: number, message: string): FakeResponse {
		return { status, body: { success: false, error: true, error_message: message } };
	}

	/** `page_number` (0-based), `results_per_page` 1..100, default 50 (docs: contacts/list-contacts; skill: 2chat-whatsapp). */
	private paged(req: RecordedRequest, list: Row[], key: string): FakeResponse {
		const page = Number(req.query.page_number ?? 0);
		const size = Number(req.query.results_per_page ?? 50);
		if (!Number.isInteger(size) || size < 1 || size > 100) {
			return this.fail(400, 'results_per_page must be between 1 and 100');
		}
		const rows = pageOf(list, page, size);
		return { status: 200, body: { success: true, page, count: rows.length, [key]: rows } };
	}

	/** A number in a path: literal `+` as the docs write it, or `%2B` (decoded by the router): both accepted. */
	private ownNumber(phone: string): Row | undefined {
		return this.numbers.find((n) => n.phone_number === phone);
	}

	private install(): void {
		const ok = (body: Row): FakeResponse => ({ status: 200, body: { success: true, ...body } });
		// docs: billing (GET /info: account, limits, usage).
		this.on('GET', '/info', () =>
			ok({
				account: { name: 'Acme', uuid: 'ACC1', on_trial: false, blocked: false },
				limits: { requests_per_minute: 80 },
				usage: { api_request_count: this.requests.length, max_api_request_count: 10000 },
			}),
		)
			// skill: 2chat-users ({success, data:{users:[…]}}).
			.on('GET', '/users', () =>
				ok({
					data: {
						users: [{ uuid: 'USR1', first_name: 'Ana', last_name: 'Diaz', email: 'ana@acme.test' }],
					},
				}),
			)
			// docs: WhatsApp/list-numbers (numbers[]); status filter and paging: skill 2chat-whatsapp.
			.on('GET', '/whatsapp/get-numbers', (req) => {
				const status = req.query.status ?? 'all';
				const list = this.numbers.filter(
					(n) => status === 'all' || (status === 'connected') === (n.connection_status === 'C'),
				);
				return this.paged(req, list, 'numbers');
			})
			// skill: 2chat-whatsapp (GET /whatsapp/channel/{uuid}); the `channel` key: guess.
			.on('GET', '/whatsapp/channel/:uuid', (_req, p) => {
				const n = this.numbers.find((x) => x.uuid === p.uuid);
				return n ? ok({ channel: n }) : this.fail(404, 'Channel not found');
			})
			// skill: 2chat-whatsapp (GET /whatsapp/channel/{uuid}/status: connection_status, qr_code, last 10 events);
			// the exact envelope: guess.
			.on('GET', '/whatsapp/channel/:uuid/status', (_req, p) => {
				const n = this.numbers.find((x) => x.uuid === p.uuid);
				if (!n) return this.fail(404, 'Channel not found');
				return ok({
					connection_status: n.connection_status,
					qr_code: null,
					events: [{ event: 'ready' }],
				});
			})
			// docs: WhatsApp/check-number (path numbers with a literal `+`; ?extra-information=true).
			.on('GET', '/whatsapp/check-number/:from/:to', (req, p) => {
				if (!this.ownNumber(p.from))
					return this.fail(400, 'from_number is not one of your numbers');
				if (!E164.test(p.to)) return this.fail(400, 'Invalid number to check');
				const on = !p.to.endsWith('0');
				return ok({
					is_valid: true,
					on_whatsapp: on,
					number: { iso_country_code: 'MX', phone_number: p.to },
					...(req.query['extra-information'] === 'true'
						? { whatsapp_info: { pushname: 'Someone' } }
						: {}),
				});
			})
			// docs: WhatsApp/send-message (from_number, to_number | to_group_uuid, text, url, pin);
			// answer {success, message_uuid, batched}: skill 2chat-whatsapp.
			.on('POST', '/whatsapp/send-message', (req) => {
				const b = (req.body ?? {}) as Row;
				if (!this.ownNumber(String(b.from_number))) {
					return this.fail(400, 'from_number is not one of your connected numbers');
				}
				if (Boolean(b.to_number) === Boolean(b.to_group_uuid)) {
					return this.fail(400, 'Send exactly one of to_number or to_group_uuid');
				}
				if (!b.text && !b.url && !b.pin)
					return this.fail(400, 'Nothing to send: text, url or pin is required');
				if (b.pin !== undefined) {
					// Coordinates are strings in every source (docs, skill, 2c-n8n message/send/description.ts);
					// refusing numbers is a guess that keeps the node to the documented form.
					const pin = b.pin as Row;
					if (!isCoordinate(pin.latitude, 90) || !isCoordinate(pin.longitude, 180)) {
						return this.fail(400, 'pin.latitude and pin.longitude must be decimal strings');
					}
				}
				const uuid = `MSG${++this.seq}`;
				this.sent.push({ uuid, ...b });
				return ok({ message_uuid: uuid, batched: false });
			})
			// docs: WhatsApp/get-messages (100 per page, page_number only).
			.on('GET', '/whatsapp/messages/:from', (req, p) =>
				this.ownNumber(p.from)
					? this.fixed(req, this.messages, 100)
					: this.fail(404, 'Number not found'),
			)
			// docs: WhatsApp/get-messages (one conversation: /messages/{from}/{remote}).
			.on('GET', '/whatsapp/messages/:from/:remote', (req, p) =>
				this.ownNumber(p.from)
					? this.fixed(
							req,
							this.messages.filter((m) => m.remote_phone_number === p.remote),
							100,
						)
					: this.fail(404, 'Number not found'),
			)
			// docs: WhatsApp/get-single-message ({success, message: {uuid, session_key, wa_msg_ack, …}}).
			.on('GET', '/whatsapp/message/:session/:uuid', (_req, p) => {
				const m = this.messages.find((x) => x.uuid === p.uuid && x.session_key === p.session);
				return m ? ok({ message: m }) : this.fail(404, 'Message not found');
			})
			// skill: 2chat-whatsapp (DELETE of the same path, within 60 hours); the answer {success:true}: guess.
			.on('DELETE', '/whatsapp/message/:session/:uuid', (_req, p) => {
				const i = this.messages.findIndex((x) => x.uuid === p.uuid && x.session_key === p.session);
				if (i < 0) return this.fail(404, 'Message not found');
				this.messages.splice(i, 1);
				return ok({});
			})
			// docs: WhatsApp/messages/list-conversations (10 per page, page_number, phone_number 3-20 digits; sessions[]).
			.on('GET', '/whatsapp/conversations/:channel', (req, p) => {
				if (!this.numbers.some((n) => n.uuid === p.channel))
					return this.fail(404, 'Channel not found');
				const digits = req.query.phone_number;
				if (digits !== undefined && !/^\d{3,20}$/.test(digits)) {
					return this.fail(400, 'phone_number must have 3 to 20 digits');
				}
				const page = Number(req.query.page_number ?? 0);
				const list = digits
					? this.conversations.filter((c) => String(c.phone_number).includes(digits))
					: this.conversations;
				return ok({ page_number: page, total: list.length, sessions: pageOf(list, page, 10) });
			})
			// docs: WhatsApp/get-group-messages (50 per page).
			.on('GET', '/whatsapp/groups/messages/:uuid', (req, p) =>
				this.fixed(
					req,
					this.messages.filter((m) => m.group_uuid === p.uuid),
					50,
				),
			)
			// 2c-n8n methods/loadOptions.ts getGroups (reads response.data); skill: 2chat-whatsapp-groups.
			.on('GET', '/whatsapp/groups/:from', (_req, p) =>
				this.ownNumber(p.from) ? ok({ data: this.groups }) : this.fail(404, 'Number not found'),
			)
			// skill: 2chat-whatsapp-groups (group details and participants); the `data` key: guess.
			.on('GET', '/whatsapp/group/:uuid', (_req, p) => {
				const g = this.groups.find((x) => x.uuid === p.uuid);
				return g
					? ok({
							data: { ...g, participants: [{ phone_number: '+5215500000009', wa_is_admin: true }] },
						})
					: this.fail(404, 'Group not found');
			})
			// docs: WhatsApp/groups/create-group (POST {from_number, group:{name, description, participants ≤ 10}};
			// answer {success, group:{name, wa_group_id, participants{number:{statusCode, message, isGroupCreator,
			// isInviteV4Sent}}, accepted_numbers, unaccepted_numbers, uuid}}); skill: 2chat-whatsapp-groups.
			.on('POST', '/whatsapp/group/create', (req) => {
				const b = (req.body ?? {}) as Row;
				if (!this.ownNumber(String(b.from_number)))
					return this.fail(400, 'from_number is not one of your numbers');
				const group = (b.group ?? {}) as Row;
				const participants = group.participants;
				if (!group.name) return this.fail(400, 'group.name is required');
				if (!Array.isArray(participants) || participants.length === 0 || participants.length > 10) {
					return this.fail(400, 'group.participants must list 1 to 10 numbers');
				}
				const uuid = `WGP${900 + ++this.seq}`;
				this.groups.push({ uuid, wa_group_name: group.name, size: participants.length + 1 });
				this.groupActions.push({ action: 'create', body: b });
				const added = (isCreator: boolean) => ({
					statusCode: 200,
					message: 'The participant was added successfully',
					isGroupCreator: isCreator,
					isInviteV4Sent: false,
				});
				return ok({
					group: {
						name: group.name,
						wa_group_id: `120363${String(this.seq).padStart(12, '0')}@g.us`,
						participants: Object.fromEntries([
							[b.from_number, added(true)],
							...participants.map((n) => [n, added(false)]),
						]),
						accepted_numbers: participants,
						unaccepted_numbers: [],
						uuid,
					},
				});
			});
		// skill: 2chat-whatsapp-groups ({from_number, participants ≤ 10}; answer accepted_numbers, unaccepted_numbers).
		for (const action of [
			'add-participant',
			'remove-participant',
			'promote-participant',
			'demote-participant',
		]) {
			// skill: 2chat-whatsapp-groups (POST /whatsapp/group/{uuid}/{action}).
			this.on('POST', `/whatsapp/group/:uuid/${action}`, (req, p) => {
				const b = (req.body ?? {}) as Row;
				if (!this.groups.some((g) => g.uuid === p.uuid)) return this.fail(404, 'Group not found');
				if (!this.ownNumber(String(b.from_number)))
					return this.fail(400, 'from_number is not one of your numbers');
				const list = b.participants;
				if (!Array.isArray(list) || list.length === 0 || list.length > 10) {
					return this.fail(400, 'participants must list 1 to 10 numbers');
				}
				this.groupActions.push({ action, group: p.uuid, body: b });
				return ok({
					accepted_numbers: list.filter((n) => E164.test(String(n))),
					unaccepted_numbers: list.filter((n) => !E164.test(String(n))),
				});
			});
		}
		// skill: 2chat-whatsapp-groups ({from_number, description}; the answer: guess).
		this.on('POST', '/whatsapp/group/:uuid/set-description', (req, p) => {
			const b = (req.body ?? {}) as Row;
			if (!this.groups.some((g) => g.uuid === p.uuid)) return this.fail(404, 'Group not found');
			if (!this.ownNumber(String(b.from_number)))
				return this.fail(400, 'from_number is not one of your numbers');
			if (typeof b.description !== 'string') return this.fail(400, 'description is required');
			this.groupActions.push({ action: 'set-description', group: p.uuid, body: b });
			return ok({});
		})
			// skill: 2chat-whatsapp-groups ({from_number, url}, a public image URL; the answer: guess).
			.on('POST', '/whatsapp/group/:uuid/set-picture', (req, p) => {
				const b = (req.body ?? {}) as Row;
				if (!this.groups.some((g) => g.uuid === p.uuid)) return this.fail(404, 'Group not found');
				if (!this.ownNumber(String(b.from_number)))
					return this.fail(400, 'from_number is not one of your numbers');
				if (typeof b.url !== 'string' || !/^https?:\/\//.test(b.url))
					return this.fail(400, 'url must be a public URL');
				this.groupActions.push({ action: 'set-picture', group: p.uuid, body: b });
				return ok({});
			})
			// docs: Contacts/list-contacts.
			.on('GET', '/contacts', (req) => this.paged(req, this.contacts, 'contacts'))
			// docs: Contacts/search-contacts names it `query`; skill 2chat-contacts writes `q`: either is accepted.
			.on('GET', '/contacts/search', (req) => {
				const q = (req.query.query ?? req.query.q ?? '').toLowerCase();
				if (!q) return this.fail(400, 'query is required');
				return this.paged(
					req,
					this.contacts.filter((c) => JSON.stringify(c).toLowerCase().includes(q)),
					'contacts',
				);
			})
			// docs: Contacts/create-contact (every example sends `contact_detail`; seed 002 marks it required).
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
			// docs: Contacts/get-contact.
			.on('GET', '/contacts/:uuid', (_req, p) => {
				const c = this.contacts.find((x) => x.uuid === p.uuid);
				return c ? ok({ contact: c }) : this.fail(404, 'Contact not found');
			})
			// docs: Contacts/update-contact. The details field is `contact_details` in its table and unnamed in its
			// examples; create sends `contact_detail`. Which one the server reads is unknown, so this fake reads
			// only `contact_details` when both are sent the same (guess) and refuses a body where they differ.
			.on('PUT', '/contacts/:uuid', (req, p) => {
				const c = this.contacts.find((x) => x.uuid === p.uuid);
				if (!c) return this.fail(404, 'Contact not found');
				const b = (req.body ?? {}) as Row;
				if (
					'contact_details' in b &&
					'contact_detail' in b &&
					JSON.stringify(b.contact_details) !== JSON.stringify(b.contact_detail)
				) {
					return this.fail(400, 'contact_details and contact_detail disagree');
				}
				for (const key of ['first_name', 'last_name', 'profile_pic_url', 'channel_uuid'])
					if (key in b) c[key] = b[key];
				const details = b.contact_details ?? b.contact_detail;
				if (Array.isArray(details)) c.details = details;
				return ok({ contact: c });
			})
			// docs: Contacts/delete-contact.
			.on('DELETE', '/contacts/:uuid', (_req, p) => {
				const i = this.contacts.findIndex((x) => x.uuid === p.uuid);
				if (i < 0) return this.fail(404, 'Contact not found');
				this.contacts.splice(i, 1);
				return ok({});
			})
			// 2c-n8n methods/loadOptions.ts getWabaNumbers (GET waba/numbers, reads numbers[] with friendly_name,
			// phone_number, connection_status); no docs page lists them. No paging (guess).
			.on('GET', '/waba/numbers', () =>
				ok({ count: this.wabaNumbers.length, numbers: this.wabaNumbers }),
			)
			// docs: WhatsApp/WABA/get-number ({success, number}).
			.on('GET', '/waba/numbers/:uuid', (_req, p) => {
				const n = this.wabaNumbers.find((x) => x.uuid === p.uuid);
				return n ? ok({ number: n }) : this.fail(404, 'WABA number not found');
			})
			// docs: WhatsApp/WABA/get-templates (phone_number required, E.164 with `+`; `page` 0-based;
			// answer templates[], total, next_page, null on the last page per skill 2chat-whatsapp-waba).
			.on('GET', '/waba/templates', (req) => {
				const phone = req.query.phone_number;
				if (!phone) return this.fail(400, 'phone_number is required');
				// A `+` sent raw in a query string arrives as a space; 2c-n8n strips it. Guess: normalised like this.
				const normalised = `+${phone.trim().replace(/^\+/, '')}`;
				if (!this.wabaNumbers.some((n) => n.phone_number === normalised))
					return this.fail(404, 'WABA number not found');
				const page = Number(req.query.page ?? 0);
				const rows = pageOf(this.templates, page, this.templatePageSize);
				const more = (page + 1) * this.templatePageSize < this.templates.length;
				return ok({
					templates: rows,
					total: this.templates.length,
					next_page: more ? page + 1 : null,
				});
			})
			// docs: WhatsApp/WABA/sync-templates (POST, phone_number in the query; answers at once with is_syncing:
			// true when started or already running, false with "Template sync could not be started." otherwise,
			// e.g. a number without a Gupshup app, or within the 3 hours between manual syncs).
			.on('POST', '/waba/templates/sync', (req) => {
				const phone = `+${String(req.query.phone_number ?? '')
					.trim()
					.replace(/^\+/, '')}`;
				if (!this.wabaNumbers.some((n) => n.phone_number === phone))
					return this.fail(404, 'WABA number not found');
				if (!this.templateSyncStarts)
					return ok({ is_syncing: false, message: 'Template sync could not be started.' });
				return ok({
					is_syncing: true,
					start_time_syncing: '2026-04-10T12:08:02.318000',
					message: 'Template sync started in background. Please wait.',
				});
			})
			// docs: WhatsApp/WABA/send-message (to_number, from_number; template_uuid + params (required, may be {})
			// or text, never both); answer {success, message_uuid, batched}: skill 2chat-whatsapp-waba.
			// `url` on a session message: 2c-n8n actions/waba/send/execute.ts only (not in the docs).
			.on('POST', '/waba/send-message', (req) => {
				const b = (req.body ?? {}) as Row;
				if (!this.wabaNumbers.some((n) => n.phone_number === b.from_number)) {
					return this.fail(400, 'from_number is not one of your WABA numbers');
				}
				if (!E164.test(String(b.to_number)))
					return this.fail(400, 'to_number must be in E.164 format');
				const template = b.template_uuid !== undefined;
				if (template && (b.text !== undefined || b.url !== undefined)) {
					return this.fail(400, 'Send either a template or a session message, not both');
				}
				if (b.payload !== undefined) {
					// 2c-n8n actions/waba/sendInteractive/execute.ts: {from_number, to_number, payload:{interactive}}.
					if (template || b.text !== undefined)
						return this.fail(400, 'Send either a payload, a template or a text, not several');
					const problem = interactiveProblem((b.payload as Row | null)?.interactive);
					if (problem) return this.fail(400, problem);
				} else if (template) {
					const t = this.templates.find((x) => x.uuid === b.template_uuid);
					if (!t) return this.fail(404, 'Template not found');
					if (typeof b.params !== 'object' || b.params === null)
						return this.fail(400, 'params is required for template messages');
					const expected = (String(t.template_content).match(/\{\{\d+\}\}/g) ?? []).length;
					const body = ((b.params as Row).body ?? []) as unknown[];
					if (!Array.isArray(body) || body.length !== expected) {
						return this.fail(400, `Template expects ${expected} body parameters`);
					}
				} else if (!b.text && !b.url) {
					return this.fail(400, 'text is required for session messages');
				}
				if (!template && this.closedWindows.has(String(b.to_number))) {
					// A session message (text or interactive) outside the window.
					// guess: 2Chat documents no window refusal; its error envelope with WhatsApp's
					// code 131047 (Meta Cloud API error codes) beside the message.
					return {
						status: 400,
						body: {
							success: false,
							error: true,
							error_message:
								'Message failed to send because more than 24 hours have passed since the customer last replied to this number.',
							error_code: 131047,
						},
					};
				}
				const uuid = `MSG${++this.seq}`;
				this.sent.push({ uuid, waba: true, ...b });
				return ok({ message_uuid: uuid, batched: false });
			})
			// docs: WhatsApp/webhooks/list-all-webhooks ({webhooks:[…]}).
			.on('GET', '/webhooks', () => ok({ webhooks: this.webhooks }))
			// skill: 2chat-webhooks (GET /webhooks/channel/{channel_uuid}, "same shape" as the full list).
			.on('GET', '/webhooks/channel/:uuid', (_req, p) =>
				ok({ webhooks: this.webhooks.filter((w) => w.channel_uuid === p.uuid) }),
			)
			// docs: Phone-Calls/list-virtual-numbers (page_number, results_per_page; {success, count, page, numbers[]}).
			// The docs' default page is 200; the 100 cap is this fake's, as for contacts (guess).
			.on('GET', '/voip/virtual-numbers', (req) => this.paged(req, this.virtualNumbers, 'numbers'))
			// docs: WhatsApp/webhooks/subscribe (hook_url, on_number, to_group_uuid, time_period; answer data{uuid,…}).
			.on('POST', '/webhooks/subscribe/:event', (req, p) => {
				const b = (req.body ?? {}) as Row;
				if (!b.hook_url) return this.fail(400, 'hook_url is required');
				// docs: Phone-Calls/webhooks/subscribe: {hook_url, channel_uuid} with a virtual number's UUID;
				// the answer as for WhatsApp events (skill: 2chat-webhooks). An unknown call event: 400 (guess).
				if (String(p.event).startsWith('call.')) {
					if (!this.callEvents.includes(p.event))
						return this.fail(400, `Invalid event name: ${p.event}`);
					const vn = this.virtualNumbers.find((n) => n.uuid === b.channel_uuid);
					if (!vn) return this.fail(400, 'channel_uuid is not one of your virtual numbers');
					const hook = {
						uuid: `WHK${++this.seq}`,
						event_name: p.event,
						channel_uuid: vn.uuid,
						hook_url: b.hook_url,
						hook_params: {},
						created_at: new Date().toISOString(),
					};
					this.webhooks.push(hook);
					return ok({ data: hook });
				}
				// WABA events take the WABA number (docs: WhatsApp/WABA/webhooks/subscribe).
				const numbers = String(p.event).startsWith('whatsapp.waba.')
					? this.wabaNumbers
					: this.numbers;
				if (!numbers.some((n) => n.phone_number === b.on_number))
					return this.fail(400, 'on_number is not one of your numbers');
				const hook = {
					uuid: `WHK${++this.seq}`,
					event_name: p.event,
					channel_uuid: numbers.find((n) => n.phone_number === b.on_number)!.uuid,
					hook_url: b.hook_url,
					hook_params: b.to_group_uuid ? { to_group_uuid: b.to_group_uuid } : {},
					created_at: new Date().toISOString(),
				};
				this.webhooks.push(hook);
				return ok({ data: hook });
			})
			// docs: WhatsApp/webhooks/unsubscribe (DELETE /webhooks/{uuid}).
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

	/**
	 * A WhatsApp message from `from` to our number `to`, as 2Chat reports it:
	 * POSTed to every `whatsapp.message.received` subscription of that number
	 * (…/webhooks/subscribe), in the documented shape
	 * (developers.2chat.co/docs/API/WhatsApp/webhooks/payload-examples).
	 */
	async receive(to: string, from: string, text: string): Promise<number[]> {
		const channel = this.numbers.find((n) => n.phone_number === to)?.uuid;
		const hooks = this.webhooks.filter(
			(w) => w.event_name === 'whatsapp.message.received' && w.channel_uuid === channel,
		);
		const uuid = `MSG${++this.seq}`;
		const body = {
			id: uuid,
			uuid,
			created_at: new Date().toISOString(),
			session_key: `WW-${String(channel)}-${from.slice(1)}@c.us`,
			message: { text },
			remote_phone_number: from,
			channel_phone_number: to,
			sent_by: 'user',
			contact: { first_name: 'Ana', last_name: null, profile_pic_url: null },
		};
		return await this.deliverTo(
			hooks.map((h) => String(h.hook_url)),
			body,
		);
	}

	/**
	 * A message from `from` to our WhatsApp Business number `to`: POSTed to every
	 * `whatsapp.waba.message.received` subscription of that number. 2Chat documents
	 * WABA payloads only as carrying `event`, `channel`, `to_number` and a fuller
	 * `contact` (…/webhooks/payload-examples); the rest is a guess: the WhatsApp
	 * payload's fields, and a tapped button as Meta's `interactive.button_reply`.
	 */
	async receiveWaba(
		to: string,
		from: string,
		content: { text: string; buttonId?: string },
	): Promise<number[]> {
		const channel = this.wabaNumbers.find((n) => n.phone_number === to)?.uuid;
		const hooks = this.webhooks.filter(
			(w) => w.event_name === 'whatsapp.waba.message.received' && w.channel_uuid === channel,
		);
		const uuid = `MSG${++this.seq}`;
		const message = content.buttonId
			? {
					interactive: {
						type: 'button_reply',
						button_reply: { id: content.buttonId, title: content.text },
					},
				}
			: { text: content.text };
		const body = {
			event: 'whatsapp.waba.message.received',
			id: uuid,
			uuid,
			created_at: new Date().toISOString(),
			message,
			remote_phone_number: from,
			to_number: to,
			channel: { uuid: channel, phone_number: to },
			sent_by: 'user',
			contact: { uuid: `CON${this.seq}`, first_name: 'Ana', phone_number: from },
		};
		return await this.deliverTo(
			hooks.map((h) => String(h.hook_url)),
			body,
		);
	}
}
