import type { IDataObject } from 'n8n-workflow';

import { expectBody, expectRefused, expectSent } from '../harness/expect';
import { operationRunner } from '../harness/operation';
import { pkg, type } from '../harness/package';
import { twoChatBed } from './setup';

const bed = twoChatBed();
const run = operationRunner(bed);
const FROM = '+5215500000001';
/** A Resource Locator value as the editor saves it. */
const rl = (value: string, mode = 'list') => ({ __rl: true, mode, value });
/** A message sent from the Sales number (picked from its list). */
const send = (parameters: IDataObject) =>
	run('message', 'send', { fromNumber: rl(FROM), ...parameters });

beforeAll(() => {
	bed.fake.seedContacts(3);
	bed.fake.seedMessages(3);
});

describe('2Chat node: every operation sends the documented request and outputs the result', () => {
	test('message › send text to a number', async () => {
		const r = await send({
			recipientType: 'number',
			toNumber: '+1 (415) 555-0123',
			messageType: 'text',
			text: 'Hello from n8n',
		});
		expectSent(bed, r, ['POST /open/whatsapp/send-message'], {
			from_number: FROM,
			to_number: '+14155550123',
			text: 'Hello from n8n',
		});
		expect(bed.last().headers['content-type']).toContain('application/json');
		// The message id and its status lead the output, 2Chat's own answer follows.
		expect(r.json).toEqual([
			{
				messageId: expect.stringMatching(/^MSG/),
				status: 'accepted',
				success: true,
				message_uuid: expect.stringMatching(/^MSG/),
				batched: false,
			},
		]);
		expect(r.json[0].messageId).toBe(r.json[0].message_uuid);
		expect(r.items[0].pairedItem).toEqual({ item: 0 });
	});

	test('message › send media with caption to a group', async () => {
		const r = await send({
			recipientType: 'group',
			groupUuid: rl('WGP001'),
			messageType: 'media',
			mediaUrl: 'https://example.com/invoice.pdf',
			caption: 'Your invoice',
		});
		expectBody(bed, r, {
			from_number: FROM,
			to_group_uuid: 'WGP001',
			url: 'https://example.com/invoice.pdf',
			text: 'Your invoice',
		});
		expect(r.json[0].success).toBe(true);
	});

	test('message › send a location pin', async () => {
		const r = await send({
			toNumber: '+14155550123',
			messageType: 'location',
			latitude: '-25.7752926',
			longitude: -56.647703,
			locationDetails: { name: 'Office', address: 'Av. Reforma 1' },
		});
		expect(r.error).toBeUndefined();
		// Coordinates travel as strings, as the docs and 2Chat's own node send them; typed text keeps its digits.
		expect(bed.last().body).toEqual({
			from_number: FROM,
			to_number: '+14155550123',
			pin: {
				latitude: '-25.7752926',
				longitude: '-56.647703',
				name: 'Office',
				address: 'Av. Reforma 1',
			},
		});
	});

	test('message › a location outside the globe is refused before any request', async () => {
		const pin = (latitude: string) =>
			send({ toNumber: '+14155550123', messageType: 'location', latitude, longitude: '10' });
		const r = await pin('95');
		expectRefused(bed, r, '"Latitude" must be at most 90 [item 0]');
		const hex = await pin('0x10');
		expectRefused(
			bed,
			hex,
			'"Latitude" must be a decimal number, like -25.7752926 (got "0x10") [item 0]',
		);
	});

	test('message › list messages of one conversation', async () => {
		const r = await run('message', 'getAll', {
			fromNumber: rl(FROM),
			chatType: 'contact',
			remoteNumber: '+5215599999999',
			limit: 2,
		});
		expect(r.error).toBeUndefined();
		// Phone numbers sit in the path with a literal `+`, as in the docs (not `%2B`).
		expect(bed.calls()).toEqual([`GET /open/whatsapp/messages/${FROM}/+5215599999999`]);
		expect(bed.last().query).toEqual({ page_number: '0' });
		expect(r.json.map((m) => m.uuid)).toEqual(['MSG1', 'MSG2']);
	});

	test('message › list messages of a group', async () => {
		const r = await run('message', 'getAll', {
			fromNumber: rl(FROM),
			chatType: 'group',
			groupUuid: rl('WGP001'),
			returnAll: true,
		});
		expectSent(bed, r, ['GET /open/whatsapp/groups/messages/WGP001']);
		expect(r.json).toEqual([]);
	});

	test('contact › create', async () => {
		const r = await run('contact', 'create', {
			firstName: 'Ana',
			contactDetails: {
				detail: [
					{ type: 'WAPH', value: '+52 1 55 1234 5678' },
					{ type: 'E', value: 'ana@acme.test' },
				],
			},
			additionalFields: { last_name: 'Diaz', channel_uuid: 'WPN111' },
		});
		expectSent(bed, r, ['POST /open/contacts'], {
			first_name: 'Ana',
			last_name: 'Diaz',
			channel_uuid: 'WPN111',
			contact_detail: [
				{ type: 'WAPH', value: '+5215512345678' },
				{ type: 'E', value: 'ana@acme.test' },
			],
		});
		expect(r.json[0]).toMatchObject({
			uuid: expect.stringMatching(/^CON/),
			first_name: 'Ana',
			last_name: 'Diaz',
		});
	});

	test('contact › get', async () => {
		const r = await run('contact', 'get', {
			contactId: rl('CON00002', 'id'),
		});
		expect(bed.calls()).toEqual(['GET /open/contacts/CON00002']);
		expect(r.json).toEqual([
			expect.objectContaining({ uuid: 'CON00002', first_name: 'Contact 2' }),
		]);
	});

	test('contact › update sends only the changed fields', async () => {
		const r = await run('contact', 'update', {
			contactId: rl('CON00002', 'id'),
			updateFields: { last_name: 'Renamed' },
		});
		expectSent(bed, r, ['PUT /open/contacts/CON00002'], { last_name: 'Renamed' });
		expect(r.json[0]).toMatchObject({ uuid: 'CON00002', last_name: 'Renamed' });
	});

	test('contact › update details: sent under both documented names, since the sources disagree', async () => {
		const r = await run('contact', 'update', {
			contactId: rl('CON00002', 'id'),
			contactDetails: { detail: [{ type: 'E', value: 'two@acme.test' }] },
		});
		expect(r.error).toBeUndefined();
		const details = [{ type: 'E', value: 'two@acme.test' }];
		expect(bed.last().body).toEqual({ contact_details: details, contact_detail: details });
		expect(r.json[0]).toMatchObject({ uuid: 'CON00002', details });
	});

	test('contact › delete', async () => {
		const r = await run('contact', 'delete', {
			contactId: rl('CON00003'),
		});
		expect(bed.calls()).toEqual(['DELETE /open/contacts/CON00003']);
		expect(r.json).toEqual([{ deleted: true, uuid: 'CON00003' }]);
	});

	test('contact › get many with a channel filter', async () => {
		const r = await run('contact', 'getAll', {
			filters: { channel_uuid: 'WPN111' },
			limit: 10,
		});
		expect(bed.calls()).toEqual(['GET /open/contacts']);
		expect(bed.last().query).toEqual({
			channel_uuid: 'WPN111',
			page_number: '0',
			results_per_page: '10',
		});
		expect(r.json.length).toBeGreaterThan(0);
	});

	test('contact › get many matching a text: the search endpoint', async () => {
		const r = await run('contact', 'getAll', {
			filters: { query: 'contact 1' },
			returnAll: true,
		});
		expect(bed.calls()).toEqual(['GET /open/contacts/search']);
		expect(bed.last().query).toEqual({
			query: 'contact 1',
			q: 'contact 1',
			page_number: '0',
			results_per_page: '100',
		});
		expect(r.json.map((c) => c.first_name)).toEqual(['Contact 1']);
	});

	test('number › list connected numbers', async () => {
		const r = await run('number', 'getAll', {
			status: 'connected',
			returnAll: true,
		});
		expect(bed.last().query).toEqual({
			status: 'connected',
			page_number: '0',
			results_per_page: '100',
		});
		expect(r.json.map((n) => n.phone_number)).toEqual([FROM]);
	});

	test('number › get', async () => {
		const r = await run('number', 'get', { channelUuid: rl('WPN222') });
		expect(bed.calls()).toEqual(['GET /open/whatsapp/channel/WPN222']);
		expect(r.json[0]).toMatchObject({ success: true, channel: { friendly_name: 'Support' } });
	});

	test('number › check whether a number is on WhatsApp', async () => {
		const r = await run('number', 'checkWhatsapp', {
			fromNumber: rl(FROM),
			phoneNumber: '+14155550123',
			extraInformation: true,
		});
		expect(bed.calls()).toEqual([`GET /open/whatsapp/check-number/+5215500000001/+14155550123`]);
		expect(bed.last().query).toEqual({ 'extra-information': 'true' });
		expect(r.json[0]).toMatchObject({ on_whatsapp: true, whatsapp_info: { pushname: 'Someone' } });
	});

	test('group › get many groups of a number', async () => {
		const r = await run('group', 'getAll', {
			fromNumber: rl(FROM),
			returnAll: true,
		});
		expect(bed.calls()).toEqual(['GET /open/whatsapp/groups/+5215500000001']);
		expect(r.json.map((g) => g.uuid)).toEqual(['WGP001', 'WGP002']);
		expect(r.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 0 }]);
	});

	test('group › get a group with participants', async () => {
		const r = await run('group', 'get', { groupUuid: rl('WGP002', 'id') });
		expect(bed.calls()).toEqual(['GET /open/whatsapp/group/WGP002']);
		expect(r.json[0]).toMatchObject({
			uuid: 'WGP002',
			participants: [expect.objectContaining({ wa_is_admin: true })],
		});
	});

	test('account › get API usage', async () => {
		const r = await run('account', 'getUsage');
		expect(bed.calls()).toEqual(['GET /open/info']);
		expect(r.json[0]).toMatchObject({
			account: { name: 'Acme' },
			limits: { requests_per_minute: 80 },
		});
	});

	test('account › test API key: valid and invalid', async () => {
		const good = await run('account', 'testApiKey');
		expect(good.json).toEqual([
			{ valid: true, account: expect.objectContaining({ uuid: 'ACC1' }) },
		]);
		const bad = await run(
			'account',
			'testApiKey',
			{},
			{ credentials: { twoChatApi: { ...bed.credentials.twoChatApi, apiKey: 'wrong-key-123' } } },
		);
		expect(bad.error).toBeUndefined();
		expect(bad.json).toEqual([
			{ valid: false, httpCode: '401', message: '2Chat error 401: Invalid API Key' },
		]);
	});

	test('user › get many', async () => {
		const r = await run('user', 'getAll', { returnAll: true });
		expect(bed.calls()).toEqual(['GET /open/users']);
		expect(r.json).toEqual([
			{ uuid: 'USR1', first_name: 'Ana', last_name: 'Diaz', email: 'ana@acme.test' },
		]);
	});

	test('webhook › list subscriptions', async () => {
		bed.fake.webhooks.push({
			uuid: 'WHK9',
			event_name: 'whatsapp.message.received',
			hook_url: 'https://x.test/h',
		});
		const r = await run('webhook', 'getAll', { returnAll: true });
		bed.fake.webhooks.length = 0;
		expect(bed.calls()).toEqual(['GET /open/webhooks']);
		expect(r.json).toEqual([
			{ uuid: 'WHK9', event_name: 'whatsapp.message.received', hook_url: 'https://x.test/h' },
		]);
	});
});

describe('defaults a new user meets', () => {
	const properties = pkg.nodes[type('twoChat')].description.properties;

	test('the node opens on Message › Send, and no resource defaults to a destructive operation', () => {
		expect(properties.find((p) => p.name === 'resource')?.default).toBe('message');
		const selectors = properties.filter((p) => p.name === 'operation');
		const defaults = Object.fromEntries(
			selectors.map((p) => [String(p.displayOptions?.show?.resource?.[0]), String(p.default)]),
		);
		expect(defaults).toEqual({
			message: 'send',
			whatsappBusiness: 'send',
			contact: 'getAll',
			conversation: 'getAll',
			group: 'getAll',
			number: 'getAll',
			user: 'getAll',
			account: 'getUsage',
			webhook: 'getAll',
		});
	});

	test('no operation is still called "list"', () => {
		const values = properties
			.filter((p) => p.name === 'operation')
			.flatMap((p) => (p.options ?? []).map((o) => (o as { value: string }).value));
		expect(values).not.toContain('list');
		expect(values.filter((v) => v === 'getAll')).toHaveLength(7);
	});
});
