import type { IDataObject } from 'n8n-workflow';

import { expectBody, expectRefused, expectSent } from '../harness/expect';
import { operationRunner } from '../harness/operation';
import { spokiBed } from './setup';

/**
 * Spoki: contact lists, interactive and list messages, bulk
 * automation starts and contact operators. Each test checks the exact method,
 * path, query and body against MambuSRL/spoki_whatsapp src/Api/*.php (the
 * client generated from Spoki's Postman collection), whose fake routes cite it.
 */
const bed = spokiBed();
const run = operationRunner(bed);
const PHONE = '+393331234567';
const people = (n: number, from = 0) =>
	Array.from({ length: n }, (_, i) => ({
		phone: `+39321${String(from + i).padStart(7, '0')}`,
		name: `Member ${from + i}`,
	}));

beforeAll(() => bed.fake.seedContacts(3));

describe('list', () => {
	test('Get Many with a search', async () => {
		const r = await run('list', 'getAll', {
			returnAll: true,
			filters: { search: 'black' },
		});
		expectSent(bed, r, ['GET /api/1/lists/']);
		expect(bed.last().query).toEqual({ search: 'black' });
		expect(r.json).toEqual([expect.objectContaining({ id: 82, name: 'Black Friday' })]);
	});

	test('Create, Get and Delete', async () => {
		const created = await run('list', 'create', { name: 'VIP clients' });
		expect(bed.calls()).toEqual(['POST /api/1/lists/']);
		expect(bed.last().body).toEqual({ name: 'VIP clients' });
		const id = created.json[0].id as number;
		bed.fake.requests.length = 0;
		const got = await run('list', 'get', {
			listId: { __rl: true, mode: 'list', value: String(id) },
		});
		expect(bed.calls()).toEqual([`GET /api/1/lists/${id}/`]);
		expect(bed.last().body).toBeUndefined();
		expect(got.json[0]).toMatchObject({ id, name: 'VIP clients', contacts_count: 0 });
		bed.fake.requests.length = 0;
		const gone = await run('list', 'delete', {
			listId: { __rl: true, mode: 'id', value: String(id) },
		});
		expect(bed.calls()).toEqual([`DELETE /api/1/lists/${id}/`]);
		expect(gone.json).toEqual([{ deleted: true, id }]);
	});

	test('Add Contacts: 1,200 items in 3 requests of at most 500, each item gets its contact back', async () => {
		const input = people(1200);
		bed.fake.listSyncSizes.length = 0;
		const r = await run(
			'list',
			'addContacts',
			{
				listId: '81',
				phone: '={{ $json.phone }}',
				additionalFields: { firstName: '={{ $json.name }}' },
				customFields: { field: [{ code: 'ORDER_ID', value: 'L-1' }] },
			},
			{ items: input },
		);
		expectSent(bed, r, Array(3).fill('POST /api/1/lists/81/sync_contacts/'));
		expect(bed.fake.listSyncSizes).toEqual([500, 500, 200]);
		expect(bed.fake.requests.every((q) => Object.keys(q.query).length === 0)).toBe(true);
		expect((bed.fake.requests[1].body as IDataObject).contacts).toHaveLength(500);
		expect(((bed.fake.requests[1].body as IDataObject).contacts as IDataObject[])[0]).toEqual({
			phone: input[500].phone,
			first_name: 'Member 500',
			custom_fields: { ORDER_ID: 'L-1' },
		});
		expect(r.json).toHaveLength(1200);
		r.json.forEach((c, i) => expect(c).toMatchObject({ phone: input[i].phone, list_id: 81 }));
		expect(bed.fake.lists.find((l) => l.id === 81)!.contacts).toHaveLength(1200);
	});

	test('Add Contacts to two lists: one request per list', async () => {
		const r = await run(
			'list',
			'addContacts',
			{
				listId: '={{ $json.list }}',
				phone: '={{ $json.phone }}',
			},
			{
				items: [
					{ list: '81', phone: '+393400000001' },
					{ list: '82', phone: '+393400000002' },
					{ list: '81', phone: '+393400000003' },
				],
			},
		);
		expect(r.error).toBeUndefined();
		expect(bed.calls().sort()).toEqual([
			'POST /api/1/lists/81/sync_contacts/',
			'POST /api/1/lists/82/sync_contacts/',
		]);
		const to81 = bed.fake.requests.find((q) => q.path.includes('/81/'))!;
		expect(to81.body).toEqual({
			contacts: [{ phone: '+393400000001' }, { phone: '+393400000003' }],
		});
		expect(r.json.map((c) => c.list_id)).toEqual([81, 82, 81]);
	});

	test('Add Contacts: a refused record is named by its item', async () => {
		bed.fake.failNext({
			status: 400,
			body: { contacts: [{}, { phone: ['Enter a valid phone number.'] }] },
		});
		const r = await run(
			'list',
			'addContacts',
			{ listId: '82', phone: '={{ $json.phone }}' },
			{ items: [{ phone: '+393400000011' }, { phone: '+393400000012' }] },
		);
		expect(r.error?.message).toBe('Spoki error 400: item 1: phone: Enter a valid phone number.');
	});

	test('Remove Contacts by phone, and by contact ID', async () => {
		const r = await run('list', 'removeContacts', {
			listId: '81',
			by: 'phones',
			values: '+39 321 000 0000, +393210000001',
		});
		expectSent(bed, r, ['POST /api/1/lists/81/remove_contacts/'], {
			phones: ['+393210000000', '+393210000001'],
		});
		expect(r.json[0]).toMatchObject({ list_id: 81, removed: 2 });
		bed.fake.requests.length = 0;
		const ids = await run('list', 'removeContacts', {
			listId: '81',
			by: 'ids',
			values: '={{ [1001, 1002] }}',
		});
		expectBody(bed, ids, { ids: [1001, 1002] });
	});

	test('Remove All Contacts', async () => {
		const r = await run('list', 'removeAllContacts', { listId: '81' });
		expect(bed.calls()).toEqual(['POST /api/1/lists/81/remove_all_contacts/']);
		expect(bed.last().body).toBeUndefined(); // nothing to send (the PHP client posts an empty array)
		expect(r.json[0]).toMatchObject({ list_id: 81, emptied: true, removed: 1200 });
		expect(bed.fake.lists.find((l) => l.id === 81)!.contacts).toEqual([]);
	});
});

describe('message: buttons and lists', () => {
	test('Send Buttons', async () => {
		const r = await run('message', 'sendButtons', {
			phone: PHONE,
			text: 'Confirm your order?',
			buttons: { button: [{ text: 'Yes', payload: 'confirm' }, { text: 'No' }] },
			additionalFields: { footer: 'Acme', metadata: '{"order": 7}' },
		});
		expectSent(bed, r, ['POST /api/1/messages/send/'], {
			type: 'Message',
			content_type: 'Interactive',
			phone: PHONE,
			text: 'Confirm your order?',
			buttons: [
				{ button_type: 'quick_reply', text: 'Yes', order: 0, payload: 'confirm' },
				{ button_type: 'quick_reply', text: 'No', order: 1, payload: 'No' },
			],
			footer: { text: 'Acme' },
			metadata: { order: 7 },
		});
		expect(r.json[0]).toMatchObject({ status: 'Pending', content_type: 'Interactive' });
	});

	test.each<{ name: string; operation: string; choices: IDataObject; message: string }>([
		{
			name: 'Send Buttons refuses a fourth button',
			operation: 'sendButtons',
			choices: { buttons: { button: Array.from({ length: 4 }, () => ({ text: 'x' })) } },
			message: '"Buttons" holds 4 buttons; WhatsApp shows at most 3 [item 0]',
		},
		{
			name: 'Send List refuses an eleventh row',
			operation: 'sendList',
			choices: {
				listTitle: 'Slots',
				rows: { row: Array.from({ length: 11 }, (_, i) => ({ title: `Slot ${i}` })) },
			},
			message: '"Rows" holds 11 rows; a WhatsApp list holds at most 10 [item 0]',
		},
	])('$name before sending', async ({ operation, choices, message }) => {
		const r = await run('message', operation, { phone: PHONE, text: 'Pick', ...choices });
		expectRefused(bed, r, message);
	});

	test('Send List: rows grouped into sections in order', async () => {
		const r = await run('message', 'sendList', {
			phone: PHONE,
			text: 'Pick a delivery slot',
			listTitle: 'Slots',
			rows: {
				row: [
					{ section: 'Monday', title: 'Morning', description: '9-12', payload: 'mon-am' },
					{ section: 'Monday', title: 'Afternoon', payload: 'mon-pm' },
					{ section: 'Tuesday', title: 'Morning' },
				],
			},
		});
		expectBody(bed, r, {
			type: 'Message',
			content_type: 'List',
			phone: PHONE,
			text: 'Pick a delivery slot',
			list: {
				title: 'Slots',
				sections: [
					{
						title: 'Monday',
						rows: [
							{ title: 'Morning', description: '9-12', payload: 'mon-am' },
							{ title: 'Afternoon', payload: 'mon-pm' },
						],
					},
					{ title: 'Tuesday', rows: [{ title: 'Morning', payload: 'Morning' }] },
				],
			},
		});
	});
});

describe('message: template variables as named fields', () => {
	test('mapped variables and free name/value pairs both reach custom_fields; empty ones are left out', async () => {
		const r = await run('message', 'sendTemplate', {
			phone: PHONE,
			templateId: { __rl: true, mode: 'list', value: '301' },
			templateVariables: {
				mappingMode: 'defineBelow',
				value: { ORDER_ID: 'A-77', FIRST_NAME: '' },
			},
			customFields: { field: [{ code: 'DELIVERY_DATE', value: '2026-03-01' }] },
		});
		expectBody(bed, r, {
			type: 'Template',
			phone: PHONE,
			template: 301,
			custom_fields: { ORDER_ID: 'A-77', DELIVERY_DATE: '2026-03-01' },
		});
	});
});

describe('automation: bulk start', () => {
	const start = (extra: IDataObject = {}) => ({
		resource: 'automation',
		operation: 'start',
		automationId: '345016',
		phone: '={{ $json.phone }}',
		...extra,
	});

	test('items starting the same automation share one bulk request without the API key', async () => {
		const before = bed.fake.started.length;
		const r = await bed.run(start({ additionalFields: { firstName: '={{ $json.name }}' } }), {
			items: [
				{ phone: '+393500000001', name: 'Ada' },
				{ phone: '+393500000002', name: 'Bea' },
				{ phone: '+393500000003', name: 'Cy' },
			],
		});
		expectSent(bed, r, [
			'GET /api/1/automations/345016/',
			'POST /wh/ap/b1f0c0de-0000-4000-8000-00000000a001/bulk/',
		]);
		expect(bed.last().headers['x-spoki-api-key']).toBeUndefined();
		expect(bed.last().query).toEqual({});
		expect(bed.last().body).toEqual({
			secret: 'trigger-secret-welcome',
			contacts: [
				{ phone: '+393500000001', first_name: 'Ada' },
				{ phone: '+393500000002', first_name: 'Bea' },
				{ phone: '+393500000003', first_name: 'Cy' },
			],
		});
		expect(bed.fake.started.length - before).toBe(3);
		expect(r.json).toEqual([
			{
				automation_id: 345016,
				automation_name: 'Welcome flow',
				phone: '+393500000001',
				started: true,
				bulk: true,
			},
			{
				automation_id: 345016,
				automation_name: 'Welcome flow',
				phone: '+393500000002',
				started: true,
				bulk: true,
			},
			{
				automation_id: 345016,
				automation_name: 'Welcome flow',
				phone: '+393500000003',
				started: true,
				bulk: true,
			},
		]);
	});

	test('250 items go in requests of at most 100; a lone item of another automation uses the single start', async () => {
		bed.fake.bulkStarts.length = 0;
		const items = [
			...Array.from({ length: 250 }, (_, i) => ({
				a: '345016',
				phone: `+39351${String(i).padStart(7, '0')}`,
			})),
			{ a: '345018', phone: '+393519999999' },
		];
		bed.fake.automations[2].webhook_set = [
			{ ...(bed.fake.automations[2].webhook_set as IDataObject[])[0], is_active: true },
		];
		const r = await bed.run(start({ automationId: '={{ $json.a }}' }), { items });
		expect(r.error).toBeUndefined();
		expect(bed.fake.bulkStarts).toEqual([100, 100, 50]);
		expect(
			bed.fake.requestsTo('POST', '/wh/ap/b1f0c0de-0000-4000-8000-00000000a002/'),
		).toHaveLength(1);
		expect(
			bed.fake.requestsTo('POST', '/wh/ap/b1f0c0de-0000-4000-8000-00000000a002/')[0].body,
		).toEqual({ secret: 'trigger-secret-paused', phone: '+393519999999' });
		expect(r.json).toHaveLength(251);
		bed.fake.automations[2].webhook_set = [
			{ ...(bed.fake.automations[2].webhook_set as IDataObject[])[0], is_active: false },
		];
	});
});

describe('contact operators', () => {
	test.each(['add', 'remove'])('%s operator', async (kind) => {
		const id = bed.fake.contacts[0].id as number;
		const r = await bed.run({
			resource: 'contact',
			operation: `${kind}Operator`,
			contactId: { __rl: true, mode: 'id', value: String(id) },
			email: 'anna@acme.test',
		});
		expectSent(bed, r, [`POST /api/1/contacts/${id}/${kind}_operator/`]);
		expect(bed.last().query).toEqual({});
		expect(bed.last().body).toEqual({ email: 'anna@acme.test' });
		expect(r.json[0].operators).toEqual(kind === 'add' ? ['anna@acme.test'] : []);
	});

	test('an unknown operator: Spoki says so', async () => {
		const r = await run('contact', 'addOperator', {
			contactId: String(bed.fake.contacts[0].id),
			email: 'nobody@acme.test',
		});
		expect(r.error?.message).toBe('Spoki error 400: email: No operator with this email.');
	});
});
