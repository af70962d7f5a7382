import { SPOKI_PARTNER_KEY } from '../fakes/spoki';
import { expectBody, expectSent } from '../harness/expect';
import { operationRunner } from '../harness/operation';
import { customFields, TEMPLATE_EXTRAS } from './fixtures';
import { spokiBed } from './setup';

const bed = spokiBed();
const run = operationRunner(bed);
const PHONE = '+393331234567';

beforeAll(() => {
	bed.fake.seedContacts(3);
	bed.fake.seedTickets(3);
});

describe('Spoki node › message', () => {
	test('send template with language, custom fields, buttons, header media and metadata', async () => {
		const r = await run('message', 'sendTemplate', {
			phone: '+39 333 123 4567',
			templateId: '301',
			language: 'IT',
			customFields: customFields({ ORDER_ID: 'A-1042', FIRST_NAME: 'Mario' }),
			additionalFields: TEMPLATE_EXTRAS,
		});
		expectSent(bed, r, ['POST /api/1/messages/send/']);
		expect(bed.last().headers['content-type']).toContain('application/json');
		expect(bed.last().body).toEqual({
			type: 'Template',
			phone: PHONE,
			template: 301,
			language: 'IT',
			custom_fields: { ORDER_ID: 'A-1042', FIRST_NAME: 'Mario' },
			email: 'mario@rossi.test',
			buttons: [{ order: 0, payload: 'track-A-1042' }],
			header_media: { url: 'https://example.com/label.pdf', filename: 'label.pdf' },
			metadata: { order_id: 1042 },
		});
		expect(r.json).toEqual([
			expect.objectContaining({
				id: expect.any(Number),
				status: 'Pending',
				template: 301,
				phone: PHONE,
			}),
		]);
		expect(r.items[0].pairedItem).toEqual({ item: 0 });
	});

	test('send template with only the required fields', async () => {
		const r = await run('message', 'sendTemplate', {
			phone: PHONE,
			templateId: '301',
		});
		expectBody(bed, r, { type: 'Template', phone: PHONE, template: 301 });
	});

	test('send text', async () => {
		const r = await run('message', 'sendText', {
			phone: PHONE,
			text: 'Your order has shipped',
			additionalFields: { metadata: { source: 'n8n' } },
		});
		expectSent(bed, r, ['POST /api/1/messages/send/'], {
			type: 'Message',
			content_type: 'Text',
			phone: PHONE,
			text: 'Your order has shipped',
			metadata: { source: 'n8n' },
		});
		expect(r.json[0]).toMatchObject({ status: 'Pending', text: 'Your order has shipped' });
		// The message id and status lead the output, under the keys every provider's send uses.
		expect(Object.keys(r.json[0]).slice(0, 2)).toEqual(['messageId', 'status']);
		expect(r.json[0].messageId).toBe(r.json[0].id);
	});
});

describe('Spoki node › contact', () => {
	test('create or update (single item) uses the sync endpoint', async () => {
		const r = await run('contact', 'upsert', {
			phone: '+39 333 765 4321',
			additionalFields: {
				firstName: 'Giulia',
				lastName: 'Bianchi',
				email: 'giulia@bianchi.test',
				language: 'it',
				status: 'Subscribed',
			},
			customFields: { field: [{ code: 'ORDER_ID', value: 'B-7' }] },
		});
		expectSent(bed, r, ['POST /api/1/contacts/sync/'], {
			phone: '+393337654321',
			first_name: 'Giulia',
			last_name: 'Bianchi',
			email: 'giulia@bianchi.test',
			language: 'it',
			status: 'Subscribed',
			custom_fields: { ORDER_ID: 'B-7' },
		});
		expect(r.json).toEqual([
			expect.objectContaining({
				id: expect.any(Number),
				phone: '+393337654321',
				first_name: 'Giulia',
				status: 'Subscribed',
				contactfield_set: [
					expect.objectContaining({ field: 61, value: 'B-7', visual_code: 'ORDER_ID' }),
				],
			}),
		]);
		// The same phone again updates the same contact.
		const again = await run('contact', 'upsert', {
			phone: '+393337654321',
			additionalFields: { lastName: 'Verdi' },
		});
		expect(again.json[0]).toMatchObject({
			id: r.json[0].id,
			first_name: 'Giulia',
			last_name: 'Verdi',
		});
	});

	test('get', async () => {
		const id = bed.fake.contacts[1].id;
		const r = await run('contact', 'get', {
			contactId: { __rl: true, mode: 'list', value: String(id) },
			simplify: false,
		});
		expect(bed.calls()).toEqual([`GET /api/1/contacts/${id}/`]);
		expect(r.json).toEqual([expect.objectContaining({ id, first_name: 'Contact 2', tag_set: [] })]);
	});

	test('get, simplified by default: custom fields by code, tag names, list ids', async () => {
		const c = bed.fake.contacts[1];
		c.tag_set = [bed.fake.tags[0]];
		c.contactfield_set = [
			{ id: 9, field: 61, value: 'A-7', value_datetime: null, visual_code: 'ORDER_ID' },
		];
		c.list_set = [{ id: 81, name: 'Newsletter IT' }];
		const r = await run('contact', 'get', {
			contactId: { __rl: true, mode: 'id', value: String(c.id) },
		});
		expect(r.json).toEqual([
			{
				id: c.id,
				phone: c.phone,
				first_name: 'Contact 2',
				last_name: '',
				email: '',
				language: c.language,
				status: 'Not Declared',
				is_blocked: false,
				created_datetime: c.created_datetime,
				custom_fields: { ORDER_ID: 'A-7' },
				tags: ['VIP'],
				lists: [81],
			},
		]);
		c.tag_set = [];
		c.contactfield_set = [];
		c.list_set = [];
	});

	test('list with every filter', async () => {
		bed.fake.contacts[0].tag_set = [bed.fake.tags[0]];
		const r = await run('contact', 'getAll', {
			returnAll: true,
			filters: {
				search: 'contact',
				email: '',
				phone: '+39 333 000 0001',
				firstName: 'Contact 1',
				lastName: '',
				language: 'it',
				status: 'Not Declared',
				tag: '11',
				isBlocked: false,
			},
		});
		expectSent(bed, r, ['GET /api/1/contacts/']);
		expect(bed.last().query).toEqual({
			search: 'contact',
			phone: '+393330000001',
			first_name: 'Contact 1',
			language: 'it',
			status: 'Not Declared',
			tag: '11',
			is_blocked: 'false',
		});
		expect(r.json.map((c) => c.phone)).toEqual(['+393330000001']);
	});

	test('update sends only the changed fields (audit S5: the collection PATCHes no phone)', async () => {
		const id = bed.fake.contacts[2].id;
		const r = await run('contact', 'update', {
			contactId: String(id),
			updateFields: { lastName: 'Neri', isBlocked: true },
			customFields: { field: [{ code: 'DELIVERY_DATE', value: '2026-03-01' }] },
		});
		expectSent(bed, r, [`PATCH /api/1/contacts/${id}/`], {
			last_name: 'Neri',
			is_blocked: true,
			custom_fields: { DELIVERY_DATE: '2026-03-01' },
		});
		expect(r.json[0]).toMatchObject({ id, last_name: 'Neri', is_blocked: true });
	});

	test('update with a new phone sends one request', async () => {
		const id = bed.fake.contacts[2].id;
		const r = await run('contact', 'update', {
			contactId: String(id),
			updateFields: { phone: '+393339999999' },
		});
		expect(bed.calls()).toEqual([`PATCH /api/1/contacts/${id}/`]);
		expect(bed.last().body).toEqual({ phone: '+393339999999' });
		expect(r.json[0].phone).toBe('+393339999999');
	});

	test('delete', async () => {
		bed.fake.seedContacts(1);
		const id = bed.fake.contacts[bed.fake.contacts.length - 1].id;
		const r = await run('contact', 'delete', { contactId: String(id) });
		expect(bed.calls()).toEqual([`DELETE /api/1/contacts/${id}/`]);
		expect(r.json).toEqual([{ deleted: true, id }]);
		expect(bed.fake.contacts.some((c) => c.id === id)).toBe(false);
	});
});

describe('Spoki node › automation', () => {
	test('start: finds the API trigger uuid and secret of the chosen automation', async () => {
		const r = await run('automation', 'start', {
			automationId: '345016',
			phone: PHONE,
			additionalFields: { firstName: 'Mario', language: 'it', metadata: '{"crm_id": "X1"}' },
			customFields: { field: [{ code: 'ORDER_ID', value: 'A-1' }] },
		});
		expectSent(
			bed,
			r,
			['GET /api/1/automations/345016/', 'POST /wh/ap/b1f0c0de-0000-4000-8000-00000000a001/'],
			{
				secret: 'trigger-secret-welcome',
				phone: PHONE,
				first_name: 'Mario',
				language: 'it',
				custom_fields: { ORDER_ID: 'A-1' },
				metadata: { crm_id: 'X1' },
			},
		);
		expect(r.json).toEqual([
			{ automation_id: 345016, automation_name: 'Welcome flow', phone: PHONE, status: 'started' },
		]);
		// The trigger secret never reaches the output.
		expect(JSON.stringify(r.json)).not.toContain('trigger-secret');
	});

	test('start for many items, one request each (Start in Bulk off), looks the automation up once', async () => {
		const r = await run(
			'automation',
			'start',
			{
				automationId: '345016',
				phone: '={{ $json.phone }}',
				bulkStart: false,
			},
			{
				items: [{ phone: '+393330000011' }, { phone: '+393330000012' }, { phone: '+393330000013' }],
			},
		);
		expect(r.error).toBeUndefined();
		expect(bed.fake.requestsTo('GET', '/automations/')).toHaveLength(1);
		expect(bed.fake.requestsTo('POST', '/wh/ap/')).toHaveLength(3);
		expect(r.json.map((j) => j.phone)).toEqual(['+393330000011', '+393330000012', '+393330000013']);
		expect(r.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
	});

	test('get', async () => {
		const r = await run('automation', 'get', { automationId: '345017' });
		expect(bed.calls()).toEqual(['GET /api/1/automations/345017/']);
		expect(r.json).toEqual([
			expect.objectContaining({ id: 345017, name: 'Cart recovery', is_active: false }),
		]);
	});
});

describe('Spoki node › Get: Simplify is read before the request', () => {
	test.each([
		['contact', { contactId: { __rl: true, mode: 'id', value: '1' } }],
		['template', { templateId: '301' }],
	] as const)(
		'%s › get with Simplify not true or false: fails, nothing asked',
		async (resource, fields) => {
			const r = await run(resource, 'get', { ...fields, simplify: '={{ "yes" }}' });
			expect(r.error?.message).toBe('"Simplify" must be true or false (got "yes") [item 0]');
			expect(bed.calls()).toEqual([]);
		},
	);
});

describe('Spoki node › template, tag, custom field', () => {
	test('template › get', async () => {
		const r = await run('template', 'get', {
			templateId: '301',
			options: { channelId: '9' },
			simplify: false,
		});
		expect(bed.calls()).toEqual(['GET /api/1/templates/301/']);
		expect(bed.last().query).toEqual({ channel_id: '9' });
		expect(r.json[0]).toMatchObject({
			id: 301,
			name: 'order_shipped',
			templatelocalization_set: [expect.objectContaining({ language: 'IT' })],
		});
	});

	test('tag › list', async () => {
		const r = await run('tag', 'getAll', { returnAll: true });
		expect(bed.calls()).toEqual(['GET /api/1/tags/']);
		expect(r.json).toEqual(bed.fake.tags);
	});

	test('tag › get', async () => {
		const r = await run('tag', 'get', { tagId: '12' });
		expect(bed.calls()).toEqual(['GET /api/1/tags/12/']);
		expect(r.json).toEqual([{ id: 12, name: 'Newsletter', color: '#00ff00', order: 2 }]);
	});

	test('custom field › create', async () => {
		const r = await run('customField', 'create', {
			label: 'Loyalty Tier',
			code: 'LOYALTY_TIER',
			fieldType: 1,
			example: 'Gold',
		});
		expectSent(bed, r, ['POST /api/1/custom-fields/'], {
			label: 'Loyalty Tier',
			code: 'LOYALTY_TIER',
			field_type: 1,
			example: 'Gold',
		});
		expect(r.json[0]).toMatchObject({
			id: expect.any(Number),
			code: 'LOYALTY_TIER',
			field_type: 1,
		});
	});

	test('custom field › get', async () => {
		const r = await run('customField', 'get', { customFieldId: '61' });
		expect(bed.calls()).toEqual(['GET /api/1/custom-fields/61/']);
		expect(r.json).toEqual([
			{ id: 61, label: 'Order ID', code: 'ORDER_ID', field_type: 1, example: 'A-1' },
		]);
	});

	test('custom field › update the label', async () => {
		const r = await run('customField', 'update', {
			customFieldId: '62',
			label: 'Delivery Day',
		});
		expect(bed.calls()).toEqual(['PATCH /api/1/custom-fields/62/']);
		expect(bed.last().body).toEqual({ label: 'Delivery Day' });
		expect(r.json[0]).toMatchObject({ id: 62, label: 'Delivery Day' });
	});

	test('custom field › delete', async () => {
		const id = bed.fake.customFields.find((f) => f.code === 'LOYALTY_TIER')!.id;
		const r = await run('customField', 'delete', {
			customFieldId: String(id),
		});
		expect(bed.calls()).toEqual([`DELETE /api/1/custom-fields/${id}/`]);
		expect(r.json).toEqual([{ deleted: true, id }]);
	});
});

describe('Spoki node › ticket', () => {
	test('create', async () => {
		const r = await run('ticket', 'create', {
			contactPhone: PHONE,
			title: 'Damaged parcel',
			additionalFields: {
				priority: 'High',
				description: 'Box arrived crushed',
				reference: 'A-1042',
				status: 'Open',
			},
		});
		expectSent(bed, r, ['POST /api/1/tickets/'], {
			contact_phone: PHONE,
			title: 'Damaged parcel',
			priority: 'High',
			description: 'Box arrived crushed',
			reference: 'A-1042',
			status: 'Open',
		});
		expect(r.json[0]).toMatchObject({
			id: expect.any(Number),
			title: 'Damaged parcel',
			priority: 'High',
		});
	});

	test('update', async () => {
		const r = await run('ticket', 'update', {
			ticketId: '5001',
			updateFields: { status: 'Resolved', priority: 'Low' },
		});
		expect(bed.calls()).toEqual(['PATCH /api/1/tickets/5001/']);
		expect(bed.last().body).toEqual({ status: 'Resolved', priority: 'Low' });
		expect(r.json[0]).toMatchObject({ id: 5001, status: 'Resolved', priority: 'Low' });
	});

	test('get', async () => {
		const r = await run('ticket', 'get', { ticketId: '5002' });
		expect(bed.calls()).toEqual(['GET /api/1/tickets/5002/']);
		expect(r.json[0]).toMatchObject({ id: 5002, title: 'Ticket 2' });
	});

	test('list with status, order, sort, page and per page', async () => {
		const r = await run('ticket', 'getAll', {
			returnAll: true,
			filters: { status: 'OPEN' },
			options: { order: 'desc', sortBy: 'created_datetime', page: 1, perPage: 25 },
		});
		expect(r.error).toBeUndefined();
		expect(bed.last().query).toEqual({
			status: 'OPEN',
			order: 'desc',
			sort_by: 'created_datetime',
			page: '1',
			per_page: '25',
		});
		expect(r.json.length).toBeGreaterThan(0);
		expect(r.json.every((t) => String(t.status).toUpperCase() === 'OPEN')).toBe(true);
	});

	test('delete', async () => {
		const r = await run('ticket', 'delete', { ticketId: '5003' });
		expect(bed.calls()).toEqual(['DELETE /api/1/tickets/5003/']);
		expect(r.json).toEqual([{ deleted: true, id: 5003 }]);
	});
});

describe('Spoki node › Get Many filters become the documented query', () => {
	test.each([
		{
			resource: 'automation',
			parameters: {
				limit: 10,
				filters: { search: 'flow', isActive: true, webhookPlatform: 'Api' },
			},
			path: 'automations',
			query: { search: 'flow', is_active: 'true', webhook_platform: 'Api' },
			key: 'name',
			values: ['Welcome flow', 'Paused API flow'],
		},
		{
			resource: 'template',
			parameters: { returnAll: true, filters: { search: 'promo', channelId: '9' } },
			path: 'templates',
			query: { search: 'promo', channel_id: '9' },
			key: 'name',
			values: ['spring_promo'],
		},
		{
			resource: 'customField',
			parameters: { returnAll: true, filters: { label: 'delivery' } },
			path: 'custom-fields',
			query: { search: 'delivery' },
			key: 'code',
			values: ['DELIVERY_DATE'],
		},
		{
			resource: 'campaign',
			parameters: {
				returnAll: true,
				filters: {
					scheduledAfter: '2026-02-01T00:00:00Z',
					scheduledBefore: '2026-03-31T23:59:59Z',
				},
			},
			path: 'campaigns',
			// Whole days, one more each side (see fidelity.test.ts); exact times are kept by the node.
			query: { scheduled_datetime_gte: '2026-01-31', scheduled_datetime_lte: '2026-04-01' },
			key: 'name',
			values: ['February', 'March'],
		},
	])(
		'$resource › list with filters',
		async ({ resource, parameters, path, query, key, values }) => {
			const r = await run(resource, 'getAll', parameters);
			expect(bed.calls()).toEqual([`GET /api/1/${path}/`]);
			expect(bed.last().query).toEqual(query);
			expect(r.json.map((record) => record[key])).toEqual(values);
		},
	);
});

describe('Spoki node › campaign, account, agency, partner', () => {
	test('account › get', async () => {
		const r = await run('account', 'get', { accountId: '501' });
		expect(bed.calls()).toEqual(['GET /api/1/accounts/501/']);
		expect(r.json[0]).toMatchObject({ id: 501, name: 'Acme Italia', account_type: 2 });
	});

	test('account › get current report', async () => {
		const r = await run('account', 'getCurrentReport', {
			accountId: '501',
		});
		expect(bed.calls()).toEqual(['GET /api/1/accounts/501/current_report/']);
		expect(r.json[0]).toMatchObject({
			account: 501,
			conversation_count: 95,
			read_message_count: 190,
		});
	});

	test('account › list', async () => {
		const r = await run('account', 'getAll', { returnAll: true });
		expect(bed.calls()).toEqual(['GET /api/1/accounts/']);
		expect(r.json.map((a) => a.id)).toEqual([501, 502]);
	});

	test('agency › list (a plain JSON array)', async () => {
		const r = await run('agency', 'getAll', { returnAll: true });
		expect(bed.calls()).toEqual(['GET /api/1/agencies/']);
		expect(r.json).toEqual([{ id: 31, account: 501 }]);
	});

	test('partner › list with a partner key', async () => {
		const r = await run(
			'partner',
			'getAll',
			{ returnAll: true },
			{ credentials: bed.withKey(SPOKI_PARTNER_KEY) },
		);
		expectSent(bed, r, ['GET /api/1/partners/']);
		expect(r.json).toEqual([{ id: 7, name: 'Partner Srl', accounts: [501, 502] }]);
	});

	test('partner › list with an account key says the key lacks partner access', async () => {
		const r = await run('partner', 'getAll', { returnAll: true });
		expect(r.error?.name).toBe('NodeApiError');
		expect(r.error?.message).toBe(
			'Spoki error 403: this API key lacks partner access, so it cannot list partners',
		);
		expect(r.error?.description).toContain('You do not have permission to perform this action.');
		expect(r.error?.description).toContain('partner (agency) API key');
		expect(r.error?.httpCode).toBe('403');
	});
});
