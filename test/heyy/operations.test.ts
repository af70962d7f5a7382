import type { IDataObject } from 'n8n-workflow';

import { HEYY_TENANT, parseMultipart } from '../fakes/heyy';
import { expectBody, expectRefused, expectSent } from '../harness/expect';
import { operationRunner } from '../harness/operation';
import { heyyBed } from './setup';

const bed = heyyBed();
const API = '/api/v2.0';
const CHANNEL = 'ch_wa_1';
/** Template variables as the node takes them and as Heyy receives them. */
const ORDER_VARIABLES = [
	{ name: 'order', value: 'A-1001' },
	{ name: 'eta', value: 'Friday' },
];
/** The start of every template send's body to +14155550123 with template tpl_1. */
const TEMPLATE_SENT = { phoneNumber: '+14155550123', type: 'TEMPLATE', messageTemplateId: 'tpl_1' };
const run = operationRunner(bed);
/** Sends a message on the Sales channel to +14155550123 (what most send tests share). */
const send = (parameters: IDataObject) =>
	run('message', 'send', { channelId: CHANNEL, phoneNumber: '+14155550123', ...parameters });
const sendWithFiles = (parameters: IDataObject, items: Parameters<typeof bed.runWithFiles>[1]) =>
	bed.runWithFiles(
		{
			resource: 'message',
			operation: 'send',
			channelId: CHANNEL,
			phoneNumber: '+14155550123',
			...parameters,
		},
		items,
	);

beforeAll(() => {
	bed.fake.seedContacts(3);
	bed.fake.seedChats(2);
	bed.fake.files.push({
		id: 'file_pre',
		name: 'terms.pdf',
		contentType: 'application/pdf',
		format: 'DOCUMENT',
	});
});

describe('Heyy node › message', () => {
	test('send text: phone normalised, camelCase body, the message as output', async () => {
		const r = await run('message', 'send', {
			channelId: CHANNEL,
			phoneNumber: '+1 (415) 555-0123',
			messageType: 'text',
			text: 'Your order has shipped',
		});
		expectSent(bed, r, [`POST ${API}/ch_wa_1/whatsapp_messages/send`], {
			phoneNumber: '+14155550123',
			type: 'TEXT',
			bodyText: 'Your order has shipped',
		});
		expect(bed.last().headers.authorization).toMatch(/^Bearer heyy-/);
		// The documented answer {data: {id, phoneNumber, message, status, createdAt}}, message ID and status on top
		// (messageId and status lead, the keys every provider's send uses).
		expect(r.json).toEqual([
			{
				messageId: expect.stringMatching(/^msg_/),
				id: expect.stringMatching(/^msg_/),
				phoneNumber: '+14155550123',
				status: 'pending',
				createdAt: expect.any(String),
				message: expect.objectContaining({
					chatId: 'chat_ch_wa_1_14155550123',
					channelId: CHANNEL,
					status: 'pending',
					errors: [],
				}),
			},
		]);
		expect(Object.keys(r.json[0]).slice(0, 2)).toEqual(['messageId', 'status']);
		expect(r.items[0].pairedItem).toEqual({ item: 0 });
	});

	test('send image from a binary property: uploaded first, then sent with its file ID and caption', async () => {
		const r = await sendWithFiles(
			{
				messageType: 'image',
				fileSource: 'binary',
				binaryPropertyName: 'photo',
				caption: 'New arrivals',
			},
			[
				{
					files: [
						{
							property: 'photo',
							fileName: 'shoes "red".png',
							mimeType: 'image/png',
							content: 'PNG-BYTES-123',
						},
					],
				},
			],
		);
		expectSent(bed, r, [`POST ${API}/upload_file`, `POST ${API}/ch_wa_1/whatsapp_messages/send`]);
		const upload = bed.fake.requests[0];
		expect(upload.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
		expect(parseMultipart(upload)).toEqual([
			{ name: 'format', value: 'IMAGE', fileName: undefined, contentType: undefined },
			{
				name: 'file',
				fileName: 'shoes %22red%22.png',
				contentType: 'image/png',
				value: 'PNG-BYTES-123',
			},
		]);
		const fileId = bed.fake.files[bed.fake.files.length - 1].id;
		expect(bed.last().body).toEqual({
			phoneNumber: '+14155550123',
			type: 'IMAGE',
			fileId,
			bodyText: 'New arrivals',
		});
		expect(r.json[0]).toMatchObject({ id: expect.stringMatching(/^msg_/), status: 'pending' });
	});

	test('send a document by an uploaded file ID, without caption', async () => {
		const r = await send({
			messageType: 'document',
			fileSource: 'fileId',
			fileId: 'file_pre',
		});
		expectSent(bed, r, [`POST ${API}/ch_wa_1/whatsapp_messages/send`], {
			phoneNumber: '+14155550123',
			type: 'DOCUMENT',
			fileId: 'file_pre',
		});
	});

	test('send a template with variables, scheduled at a time with an offset', async () => {
		const r = await send({
			messageType: 'template',
			messageTemplateId: 'tpl_1',
			variables: { variable: ORDER_VARIABLES },
			options: { scheduledAt: '2026-12-01T09:30:00+01:00' },
		});
		expectBody(bed, r, {
			...TEMPLATE_SENT,
			variables: ORDER_VARIABLES,
			scheduledAt: '2026-12-01T08:30:00.000Z',
		});
		expect(r.json[0]).toMatchObject({
			status: 'scheduled',
			message: expect.objectContaining({ scheduledAt: '2026-12-01T08:30:00.000Z' }),
		});
	});

	test('template variables as named fields (resource mapper), with free pairs for expressions winning on the same name', async () => {
		const r = await send({
			messageType: 'template',
			messageTemplateId: { __rl: true, mode: 'list', value: 'tpl_1' },
			templateVariables: { mappingMode: 'defineBelow', value: { order: 'A-1001', eta: 'Friday' } },
			variables: {
				variable: [
					{ name: 'eta', value: 'Monday' },
					{ name: 'extra', value: 'x' },
				],
			},
		});
		expectBody(bed, r, {
			...TEMPLATE_SENT,
			variables: [
				{ name: 'order', value: 'A-1001' },
				{ name: 'eta', value: 'Monday' },
				{ name: 'extra', value: 'x' },
			],
		});
	});

	test("a schedule without a timezone is read in the workflow's timezone (n8n's default, America/New_York)", async () => {
		const r = await send({
			messageType: 'text',
			text: 'Reminder',
			options: { scheduledAt: '2026-07-01T09:30:00' },
		});
		expect(r.error).toBeUndefined();
		expect((bed.last().body as { scheduledAt: string }).scheduledAt).toBe(
			'2026-07-01T13:30:00.000Z',
		);
	});

	test('send interactive buttons with header and footer; a button ID defaults to its title', async () => {
		const r = await send({
			messageType: 'interactive',
			text: 'Did you receive your order?',
			buttons: { button: [{ title: 'Yes', id: 'yes_1' }, { title: 'Not yet' }] },
			headerText: 'Order A-1001',
			footerText: 'Acme Store',
		});
		expectBody(bed, r, {
			phoneNumber: '+14155550123',
			type: 'INTERACTIVE',
			bodyText: 'Did you receive your order?',
			buttons: [
				{ id: 'yes_1', title: 'Yes' },
				{ id: 'Not yet', title: 'Not yet' },
			],
			headerText: 'Order A-1001',
			footerText: 'Acme Store',
		});
		expect(r.json[0].status).toBe('pending');
	});

	test('send a template whose header is an image from a binary field: uploaded (format from its MIME type), then its fileId sent', async () => {
		bed.fake.mediaHeaderTemplates.add('tpl_1');
		try {
			const r = await sendWithFiles(
				{
					messageType: 'template',
					messageTemplateId: 'tpl_1',
					fileSource: 'binary',
					binaryPropertyName: 'banner',
				},
				[
					{
						files: [
							{ property: 'banner', fileName: 'sale.jpg', mimeType: 'image/jpeg', content: 'JPEG' },
						],
					},
				],
			);
			expectSent(bed, r, [`POST ${API}/upload_file`, `POST ${API}/ch_wa_1/whatsapp_messages/send`]);
			expect(parseMultipart(bed.fake.requests[0])).toEqual([
				{ name: 'format', value: 'IMAGE', fileName: undefined, contentType: undefined },
				{ name: 'file', fileName: 'sale.jpg', contentType: 'image/jpeg', value: 'JPEG' },
			]);
			const fileId = bed.fake.files[bed.fake.files.length - 1].id;
			expect(bed.last().body).toEqual({
				...TEMPLATE_SENT,
				fileId,
			});
		} finally {
			bed.fake.mediaHeaderTemplates.clear();
		}
	});

	test('send a template with a document header by an uploaded file ID; without it Heyy refuses the send', async () => {
		bed.fake.mediaHeaderTemplates.add('tpl_1');
		try {
			const base = {
				resource: 'message',
				operation: 'send',
				channelId: CHANNEL,
				phoneNumber: '+14155550123',
				messageType: 'template',
				messageTemplateId: 'tpl_1',
			};
			const r = await bed.run({ ...base, fileSource: 'fileId', fileId: 'file_pre' });
			expectBody(bed, r, {
				...TEMPLATE_SENT,
				fileId: 'file_pre',
			});
			const without = await bed.run(base);
			expect(without.error?.message).toBe(
				'Heyy error 400: fileId is required for a template with a media header',
			);
		} finally {
			bed.fake.mediaHeaderTemplates.clear();
		}
	});

	test("a file over WhatsApp's size for its kind is refused before any upload", async () => {
		const r = await sendWithFiles(
			{
				messageType: 'image',
				binaryPropertyName: 'data',
			},
			[
				{
					files: [
						{
							fileName: 'huge.png',
							mimeType: 'image/png',
							content: 'x'.repeat(5 * 1024 * 1024 + 1),
						},
					],
				},
			],
		);
		expectRefused(
			bed,
			r,
			'"Input Binary Field" names a file of 5.0 MB ("huge.png"); WhatsApp takes image files up to 5.0 MB [item 0]',
		);
	});
});

describe('Heyy node › contact', () => {
	test('create without a phone number: a name or an email is enough (sources disagree, audit H4); nothing at all is refused before sending', async () => {
		const r = await run('contact', 'create', {
			additionalFields: { email: 'nophone@acme.test' },
		});
		expectBody(bed, r, { email: 'nophone@acme.test' });
		const named = await run('contact', 'create', { firstName: 'Solo' });
		expectBody(bed, named, { firstName: 'Solo' });
		bed.fake.requests.length = 0;
		const empty = await run('contact', 'create');
		expectRefused(bed, empty, '"Phone Number" is required [item 0]');
		bed.fake.contacts.splice(-2);
	});

	test('create with names, email, labels by name and attributes', async () => {
		const r = await run('contact', 'create', {
			phoneNumber: '+39 333 123 4567',
			firstName: 'Giulia',
			lastName: 'Rossi',
			additionalFields: {
				email: 'giulia@acme.test',
				labels: ['VIP', 'Lead'],
			},
			attributes: { attribute: [{ externalId: 'city', value: 'Milano' }] },
		});
		expectSent(bed, r, [`POST ${API}/contacts`], {
			phoneNumber: '+393331234567',
			firstName: 'Giulia',
			lastName: 'Rossi',
			email: 'giulia@acme.test',
			labels: [{ name: 'VIP' }, { name: 'Lead' }],
			attributes: [{ externalId: 'city', value: 'Milano' }],
		});
		expect(r.json).toEqual([
			expect.objectContaining({
				id: expect.stringMatching(/^con_/),
				phoneNumber: '+393331234567',
				labels: [
					{ id: 'lbl_1', name: 'VIP' },
					{ id: 'lbl_2', name: 'Lead' },
				],
				attributes: [{ externalId: 'city', value: 'Milano' }],
				tenantId: HEYY_TENANT,
			}),
		]);
	});

	test('get', async () => {
		const r = await run('contact', 'get', { contactId: 'con_0002' });
		expect(bed.calls()).toEqual([`GET ${API}/contacts/con_0002`]);
		expect(r.json).toEqual([expect.objectContaining({ id: 'con_0002', firstName: 'Contact 2' })]);
	});

	test('update uses PUT and sends only the fields given', async () => {
		const r = await run('contact', 'update', {
			contactId: 'con_0002',
			updateFields: { lastName: 'Bianchi', labels: ['VIP'] },
			attributes: { attribute: [{ externalId: 'customer_tier', value: 'gold' }] },
		});
		expectSent(bed, r, [`PUT ${API}/contacts/con_0002`], {
			lastName: 'Bianchi',
			labels: [{ name: 'VIP' }],
			attributes: [{ externalId: 'customer_tier', value: 'gold' }],
		});
		expect(r.json[0]).toMatchObject({
			id: 'con_0002',
			firstName: 'Contact 2',
			lastName: 'Bianchi',
			labels: [{ name: 'VIP' }],
		});
	});

	test('update can change the phone number (normalised to E.164)', async () => {
		const r = await run('contact', 'update', {
			contactId: 'con_0003',
			updateFields: { phoneNumber: '+1 415 555 7777' },
		});
		expectBody(bed, r, { phoneNumber: '+14155557777' });
		expect(r.json[0]).toMatchObject({ id: 'con_0003', phoneNumber: '+14155557777' });
	});

	test('set a custom attribute value', async () => {
		const r = await run('contact', 'setAttribute', {
			contactId: 'con_0001',
			externalId: 'customer_tier',
			value: 'silver',
		});
		expect(bed.calls()).toEqual([`POST ${API}/contacts/con_0001/attributes`]);
		expect(bed.last().body).toEqual({ externalId: 'customer_tier', value: 'silver' });
		expect(r.json[0].attributes).toEqual([{ externalId: 'customer_tier', value: 'silver' }]);
	});

	test('remove a custom attribute: DELETE with the external ID in the body', async () => {
		const r = await run('contact', 'removeAttribute', {
			contactId: 'con_0001',
			externalId: 'customer_tier',
		});
		expect(bed.calls()).toEqual([`DELETE ${API}/contacts/con_0001/attributes`]);
		expect(bed.last().body).toEqual({ externalId: 'customer_tier' });
		expect(r.json[0]).toMatchObject({ id: 'con_0001', attributes: [] });
	});

	test('list with search and sort', async () => {
		const r = await run('contact', 'getAll', {
			limit: 10,
			options: { search: 'contact', sortBy: 'firstName', order: 'DESC' },
		});
		expect(bed.calls()).toEqual([`GET ${API}/contacts`]);
		expect(bed.last().query).toEqual({
			search: 'contact',
			sortBy: 'firstName',
			order: 'DESC',
			page: '0',
			pageSize: '10',
		});
		expect(r.json.map((c) => c.firstName)).toEqual(['Contact 3', 'Contact 2', 'Contact 1']);
	});

	test('delete', async () => {
		const r = await run('contact', 'delete', { contactId: 'con_0003' });
		expect(bed.calls()).toEqual([`DELETE ${API}/contacts/con_0003`]);
		expect(r.json).toEqual([{ deleted: true, id: 'con_0003' }]);
		expect(bed.fake.contacts.some((c) => c.id === 'con_0003')).toBe(false);
	});
});

describe('Heyy node › contact attribute and label', () => {
	test('attribute › create with visibility flags', async () => {
		const r = await run('attribute', 'create', {
			name: 'Loyalty Points',
			externalId: 'loyalty_points',
			additionalFields: {
				description: 'Points balance',
				isVisibleQuickEdit: true,
				isVisibleContactsTable: false,
			},
		});
		expectSent(bed, r, [`POST ${API}/attributes`], {
			name: 'Loyalty Points',
			externalId: 'loyalty_points',
			description: 'Points balance',
			isVisibleContactsTable: false,
			isVisibleQuickEdit: true,
		});
		expect(r.json[0]).toMatchObject({
			id: expect.stringMatching(/^att_/),
			externalId: 'loyalty_points',
			tenantId: HEYY_TENANT,
		});
	});

	test('attribute › list', async () => {
		const r = await run('attribute', 'getAll', { returnAll: true });
		expect(bed.calls()).toEqual([`GET ${API}/attributes`]);
		expect(bed.last().query).toEqual({});
		expect(r.json.map((a) => a.externalId)).toEqual(['customer_tier', 'city', 'loyalty_points']);
	});

	test('attribute › delete', async () => {
		const id = bed.fake.attributes[2].id as string;
		const r = await run('attribute', 'delete', { attributeId: id });
		expect(bed.calls()).toEqual([`DELETE ${API}/attributes/${id}`]);
		expect(r.json).toEqual([{ deleted: true, id }]);
	});

	test('label › create', async () => {
		const r = await run('label', 'create', { name: 'Wholesale' });
		expect(bed.calls()).toEqual([`POST ${API}/labels`]);
		expect(bed.last().body).toEqual({ name: 'Wholesale' });
		expect(r.json[0]).toMatchObject({ id: expect.stringMatching(/^lbl_/), name: 'Wholesale' });
	});

	test('label › list with a limit', async () => {
		const r = await run('label', 'getAll', { limit: 2 });
		expect(bed.calls()).toEqual([`GET ${API}/labels`]);
		expect(r.json.map((l) => l.name)).toEqual(['VIP', 'Lead']);
	});

	test('label › delete', async () => {
		const id = bed.fake.labels.find((l) => l.name === 'Wholesale')!.id as string;
		const r = await run('label', 'delete', { labelId: id });
		expect(bed.calls()).toEqual([`DELETE ${API}/labels/${id}`]);
		expect(r.json).toEqual([{ deleted: true, id }]);
	});
});

describe('Heyy node › chat, channel, automation, template, file, business', () => {
	test('chat › list', async () => {
		const r = await run('chat', 'getAll', {
			channelId: CHANNEL,
			returnAll: true,
		});
		expect(bed.calls()).toEqual([`GET ${API}/ch_wa_1/chats`]);
		expect(bed.last().query).toEqual({ page: '0', pageSize: '100' });
		expect(r.json.map((c) => c.id)).toEqual(['chat_ch_wa_1_1', 'chat_ch_wa_1_2']);
	});

	test('chat › get', async () => {
		const r = await run('chat', 'get', {
			channelId: CHANNEL,
			chatId: 'chat_ch_wa_1_2',
		});
		expect(bed.calls()).toEqual([`GET ${API}/ch_wa_1/chats/chat_ch_wa_1_2`]);
		expect(r.json).toEqual([expect.objectContaining({ id: 'chat_ch_wa_1_2', status: 'OPEN' })]);
	});

	test('chat › update status, assignee and unread', async () => {
		const r = await run('chat', 'update', {
			channelId: CHANNEL,
			chatId: 'chat_ch_wa_1_1',
			updateFields: { status: 'CLOSED', assignedUserId: 'usr_9', isUnread: true },
		});
		expect(bed.calls()).toEqual([`PUT ${API}/ch_wa_1/chats/chat_ch_wa_1_1`]);
		expect(bed.last().body).toEqual({ status: 'CLOSED', assignedUserId: 'usr_9', isUnread: true });
		expect(r.json[0]).toMatchObject({ status: 'CLOSED', assignedUserId: 'usr_9', isUnread: true });
	});

	test('channel › list', async () => {
		const r = await run('channel', 'getAll', { returnAll: true });
		expect(bed.calls()).toEqual([`GET ${API}/channels`]);
		expect(r.json.map((c) => c.id)).toEqual(['ch_wa_1', 'ch_ig_2']);
	});

	test('channel › get', async () => {
		const r = await run('channel', 'get', { channelId: 'ch_ig_2' });
		expect(bed.calls()).toEqual([`GET ${API}/channels/ch_ig_2`]);
		expect(r.json[0]).toMatchObject({ id: 'ch_ig_2', type: 'INSTAGRAM' });
	});

	test('automation › list the automations of a channel', async () => {
		const r = await run('automation', 'getAll', {
			channelId: CHANNEL,
			returnAll: true,
		});
		expect(bed.calls()).toEqual([`GET ${API}/ch_wa_1/workflows`]);
		expect(r.json.map((a) => a.name)).toEqual(['Onboarding', 'Win back']);
	});

	test('automation › run for a phone number with variables, scheduled', async () => {
		const r = await run('automation', 'run', {
			channelId: CHANNEL,
			automationId: 'wf_1',
			phoneNumber: '+14155550123',
			variables: { variable: [{ name: 'coupon', value: 'WELCOME10' }] },
			options: { scheduledAt: '2026-12-24T18:00:00Z' },
		});
		expectSent(bed, r, [`POST ${API}/ch_wa_1/workflows/wf_1`], {
			phoneNumber: '+14155550123',
			variables: [{ name: 'coupon', value: 'WELCOME10' }],
			scheduledAt: '2026-12-24T18:00:00.000Z',
		});
		expect(r.json[0]).toMatchObject({
			id: expect.stringMatching(/^run_/),
			workflowId: 'wf_1',
			status: 'SCHEDULED',
		});
	});

	test('Resource Locators: a value picked from the list and one typed by ID reach the same path and body', async () => {
		const r = await run('automation', 'run', {
			channelId: { __rl: true, mode: 'list', value: CHANNEL, cachedResultName: 'Sales' },
			automationId: { __rl: true, mode: 'id', value: 'wf_1' },
			phoneNumber: '+14155550123',
		});
		expectSent(bed, r, [`POST ${API}/ch_wa_1/workflows/wf_1`]);
		const t = await run('message', 'send', {
			channelId: { __rl: true, mode: 'id', value: CHANNEL },
			phoneNumber: '+14155550123',
			messageType: 'template',
			messageTemplateId: { __rl: true, mode: 'list', value: 'tpl_2', cachedResultName: 'welcome' },
		});
		expectBody(bed, t, {
			phoneNumber: '+14155550123',
			type: 'TEMPLATE',
			messageTemplateId: 'tpl_2',
		});
	});

	test("Get Many simplifies large answers by default; Simplify off gives Heyy's items whole", async () => {
		const simple = await run('template', 'getAll', { returnAll: true });
		expect(simple.json[0]).toEqual({
			id: 'tpl_1',
			name: 'order_update',
			language: 'en',
			status: 'APPROVED',
			category: 'UTILITY',
		});
		const raw = await run('template', 'getAll', {
			returnAll: true,
			simplify: false,
		});
		expect(raw.json[0]).toEqual(bed.fake.templates[0]);
		const contacts = await run('contact', 'getAll', { limit: 1 });
		expect(Object.keys(contacts.json[0]).sort()).toEqual(
			['createdAt', 'email', 'firstName', 'id', 'labels', 'lastName', 'phoneNumber']
				.filter((k) => contacts.json[0][k] !== undefined)
				.sort(),
		);
		expect(contacts.json[0]).not.toHaveProperty('tenantId');
	});

	test('template › list sorted', async () => {
		const r = await run('template', 'getAll', {
			returnAll: true,
			options: { sortBy: 'name', order: 'DESC' },
		});
		expect(bed.calls()).toEqual([`GET ${API}/message_templates`]);
		expect(bed.last().query).toEqual({ sortBy: 'name', order: 'DESC', page: '0', pageSize: '100' });
		expect(r.json.map((t) => t.name)).toEqual(['welcome', 'order_update']);
	});

	test('file › upload with the format read from the MIME type (default), and a video over 16 MB refused first', async () => {
		const r = await bed.runWithFiles(
			{ resource: 'file', operation: 'upload', binaryPropertyName: 'clip' },
			[
				{
					files: [
						{ property: 'clip', fileName: 'clip.mp4', mimeType: 'video/mp4', content: 'MP4' },
					],
				},
			],
		);
		expect(r.error).toBeUndefined();
		expect(parseMultipart(bed.last())?.[0]).toEqual({
			name: 'format',
			value: 'VIDEO',
			fileName: undefined,
			contentType: undefined,
		});
		bed.fake.requests.length = 0;
		const big = await bed.runWithFiles(
			{ resource: 'file', operation: 'upload', binaryPropertyName: 'data' },
			[
				{
					files: [
						{
							fileName: 'long.mp4',
							mimeType: 'video/mp4',
							content: 'v'.repeat(16 * 1024 * 1024 + 10),
						},
					],
				},
			],
		);
		expectRefused(
			bed,
			big,
			'"Input Binary Field" names a file of 16.0 MB ("long.mp4"); WhatsApp takes video files up to 16.0 MB [item 0]',
		);
	});

	test('file › upload a binary file as a document', async () => {
		const r = await bed.runWithFiles(
			{ resource: 'file', operation: 'upload', binaryPropertyName: 'data', format: 'DOCUMENT' },
			[
				{
					files: [
						{ fileName: 'invoice.pdf', mimeType: 'application/pdf', content: '%PDF-1.4 invoice' },
					],
				},
			],
		);
		expectSent(bed, r, [`POST ${API}/upload_file`]);
		expect(parseMultipart(bed.last())).toEqual([
			{ name: 'format', value: 'DOCUMENT', fileName: undefined, contentType: undefined },
			{
				name: 'file',
				fileName: 'invoice.pdf',
				contentType: 'application/pdf',
				value: '%PDF-1.4 invoice',
			},
		]);
		expect(r.json).toEqual([
			{
				id: expect.stringMatching(/^file_/),
				name: 'invoice.pdf',
				contentType: 'application/pdf',
				size: 16,
				url: expect.stringContaining('https://files.heyy.test/'),
				fileUrl: expect.stringContaining('/invoice.pdf'),
			},
		]);
	});

	test('business › get', async () => {
		const r = await run('business', 'get');
		expect(bed.calls()).toEqual([`GET ${API}/business`]);
		expect(r.json).toEqual([expect.objectContaining({ id: HEYY_TENANT, name: 'Acme Store' })]);
	});
});

describe('Heyy node › webhook', () => {
	afterAll(() => {
		bed.fake.webhooks.length = 0;
	});

	test('create: the tenant ID is read from the workspace when the credential has none', async () => {
		const r = await run('webhook', 'create', {
			type: 'WHATSAPP_MESSAGE_STATUS',
			url: 'https://hooks.acme.test/heyy',
			additionalFields: { channelId: CHANNEL },
		});
		expectSent(bed, r, [`GET ${API}/channels`, `POST ${API}/api_webhooks`], {
			type: 'WHATSAPP_MESSAGE_STATUS',
			url: 'https://hooks.acme.test/heyy',
			tenantId: HEYY_TENANT,
			channelId: CHANNEL,
		});
		expect(r.json[0]).toMatchObject({
			id: expect.stringMatching(/^whk_/),
			isActive: true,
			channelId: CHANNEL,
		});
	});

	test("create: the tenant is discovered once per run, not per item; the credential's tenant needs no lookup", async () => {
		const params = {
			resource: 'webhook',
			operation: 'create',
			type: 'SMS_MESSAGE_RECEIVED',
			url: 'https://hooks.acme.test/sms',
		};
		await bed.run(params, { items: [{}, {}] });
		expect(bed.calls()).toEqual([
			`GET ${API}/channels`,
			`POST ${API}/api_webhooks`,
			`POST ${API}/api_webhooks`,
		]);
		bed.fake.requests.length = 0;
		const r = await bed.run(params, {
			credentials: { heyyApi: { ...bed.credentials.heyyApi, tenantId: HEYY_TENANT } },
		});
		expectSent(bed, r, [`POST ${API}/api_webhooks`]);
		expect(bed.last().body).toMatchObject({ tenantId: HEYY_TENANT });
	});

	test('list', async () => {
		const r = await run('webhook', 'getAll', { returnAll: true });
		expect(bed.calls()).toEqual([`GET ${API}/api_webhooks`]);
		expect(r.json.map((w) => w.type)).toEqual([
			'WHATSAPP_MESSAGE_STATUS',
			'SMS_MESSAGE_RECEIVED',
			'SMS_MESSAGE_RECEIVED',
			'SMS_MESSAGE_RECEIVED',
		]);
	});

	test('update uses PUT with the URL and the active flag', async () => {
		const id = bed.fake.webhooks[0].id as string;
		const r = await run('webhook', 'update', {
			webhookId: id,
			updateFields: { url: 'https://hooks.acme.test/v2', isActive: false },
		});
		expect(bed.calls()).toEqual([`PUT ${API}/api_webhooks/${id}`]);
		expect(bed.last().body).toEqual({ url: 'https://hooks.acme.test/v2', isActive: false });
		expect(r.json[0]).toMatchObject({ id, url: 'https://hooks.acme.test/v2', isActive: false });
	});

	test('delete', async () => {
		const id = bed.fake.webhooks[0].id as string;
		const r = await run('webhook', 'delete', { webhookId: id });
		expect(bed.calls()).toEqual([`DELETE ${API}/api_webhooks/${id}`]);
		expect(r.json).toEqual([{ deleted: true, id }]);
		expect(bed.fake.webhooks.some((w) => w.id === id)).toBe(false);
	});
});
