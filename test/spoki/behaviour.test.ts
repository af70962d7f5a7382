import { testKey } from '../fakes/server';
import { SPOKI_KEY } from '../fakes/spoki';
import * as cases from '../harness/cases';
import { expectHtmlPage, expectNoSecret, expectRefused, expectSent } from '../harness/expect';
import { operationRunner, opParams } from '../harness/operation';
import { spokiBed } from './setup';

const bed = spokiBed();
const run = operationRunner(bed);
const PHONE = '+393331234567';
const sendText = opParams('message', 'sendText', { phone: PHONE, text: 'Hi' });
const upsert = (extra: Record<string, unknown> = {}) =>
	opParams('contact', 'upsert', {
		phone: '={{ $json.phone }}',
		additionalFields: { firstName: '={{ $json.name }}' },
		...extra,
	});
/** `n` input items with distinct phones +39 320 000 0000… */
const people = (n: number, from = 0) =>
	Array.from({ length: n }, (_, i) => ({
		phone: `+39320${String(from + i).padStart(7, '0')}`,
		name: `Person ${from + i}`,
	}));

beforeAll(() => {
	bed.fake.seedContacts(45);
	bed.fake.seedTickets(130);
});
// Rate-limit windows run 1,000 times faster in tests (test/setup-env.ts); limits.test.ts covers the pacing.

describe('pagination (DRF: follow `next` until null)', () => {
	cases.pagingCases({
		bed,
		getMany: (parameters) => run('contact', 'getAll', parameters),
		filters: { filters: { search: 'contact' } },
		key: 'first_name',
		all: {
			total: 45,
			calls: Array(3).fill('GET /api/1/contacts/'),
			queries: [
				{ search: 'contact' },
				{ search: 'contact', page: '2' },
				{ search: 'contact', page: '3' },
			],
			first: 'Contact 1',
			last: 'Contact 45',
		},
		early: { limit: 25, requests: 2, last: 'Contact 25' },
	});

	test('a Limit below one page takes one request', async () => {
		const r = await run('contact', 'getAll', { limit: 5 });
		expect(r.json.map((c) => c.first_name)).toEqual([
			'Contact 1',
			'Contact 2',
			'Contact 3',
			'Contact 4',
			'Contact 5',
		]);
		expect(bed.fake.requests).toHaveLength(1);
	});

	test("`next` links on Spoki's public host are followed on the credential's host, key included", async () => {
		bed.fake.linkOrigin = 'https://api.spoki.com';
		try {
			const r = await run('contact', 'getAll', { returnAll: true });
			expect(r.error).toBeUndefined();
			expect(r.json).toHaveLength(45);
			expect(bed.fake.requests.map((q) => q.query.page ?? '1')).toEqual(['1', '2', '3']);
			expect(bed.fake.requests.every((q) => q.headers['x-spoki-api-key'] === SPOKI_KEY)).toBe(true);
		} finally {
			bed.fake.linkOrigin = '';
		}
	});

	test('tickets: Per Page sets the page size, and a smaller Limit asks for just that many', async () => {
		const all = await run('ticket', 'getAll', {
			returnAll: true,
			options: { perPage: 50 },
		});
		expect(all.json).toHaveLength(130);
		expect(bed.fake.requests.map((q) => [q.query.per_page, q.query.page ?? '1'])).toEqual([
			['50', '1'],
			['50', '2'],
			['50', '3'],
		]);
		bed.fake.requests.length = 0;
		const few = await run('ticket', 'getAll', { limit: 7 });
		expect(few.json).toHaveLength(7);
		expect(bed.fake.requests.map((q) => q.query)).toEqual([{ per_page: '7' }]);
	});

	test('tickets: Page starts further in', async () => {
		const r = await run('ticket', 'getAll', {
			limit: 10,
			options: { page: 3, perPage: 10, order: 'asc' },
		});
		expect(bed.fake.requests.map((q) => q.query)).toEqual([
			{ order: 'asc', page: '3', per_page: '10' },
		]);
		expect(r.json.map((t) => t.id)).toEqual(Array.from({ length: 10 }, (_, i) => 5021 + i));
	});
});

describe('bulk create or update (POST /api/1/contacts/sync_all/, 500 per request)', () => {
	beforeEach(() => {
		bed.fake.bulkSizes.length = 0;
	});

	test('1,200 items are sent in 3 requests and each item gets its own contact back', async () => {
		const input = people(1200);
		const r = await bed.run(upsert(), { items: input });
		expectSent(bed, r, Array(3).fill('POST /api/1/contacts/sync_all/'));
		expect(bed.fake.bulkSizes).toEqual([500, 500, 200]);
		expect(bed.fake.requests.map((q) => (q.body as unknown[]).length)).toEqual([500, 500, 200]);
		expect((bed.fake.requests[1].body as unknown[])[0]).toEqual({
			phone: '+393200000500',
			first_name: 'Person 500',
		});
		expect(r.json).toHaveLength(1200);
		r.items.forEach((item, i) => {
			expect(item.pairedItem).toEqual({ item: i });
			expect(item.json).toMatchObject({
				id: expect.any(Number),
				phone: input[i].phone,
				first_name: input[i].name,
			});
		});
		expect(new Set(r.json.map((c) => c.id)).size).toBe(1200);
	});

	test('a failed batch is reported on exactly the items it carried (Continue On Fail)', async () => {
		let posts = 0;
		bed.fake.failNext(
			{ status: 500, body: { detail: 'A server error occurred.' } },
			1,
			(q) => q.path.endsWith('/sync_all/') && ++posts === 2,
		);
		const r = await bed.run(upsert(), { items: people(1200, 5000), continueOnFail: true });
		expect(r.error).toBeUndefined();
		expect(bed.fake.requests).toHaveLength(3); // a send is never repeated
		expect(r.json).toHaveLength(1200);
		const failed = r.json.map((j, i) => (j.error ? i : -1)).filter((i) => i >= 0);
		expect(failed).toEqual(Array.from({ length: 500 }, (_, i) => 500 + i));
		expect(r.json[500]).toEqual({
			error: 'Spoki error 500: A server error occurred.',
			description: expect.stringContaining(
				'This bulk request carried 500 contacts (items 500 to 999).',
			),
			httpCode: '500',
		});
		expect(r.json[499]).toMatchObject({ phone: '+393200005499' });
		expect(r.json[1000]).toMatchObject({ phone: '+393200006000' });
		expect(r.items.map((i) => (i.pairedItem as { item: number }).item)).toEqual(
			Array.from({ length: 1200 }, (_, i) => i),
		);
	});

	test('Spoki refusing one record refuses its batch; the message names the item', async () => {
		const input = people(10, 7000);
		const r = await bed.run(
			upsert({ customFields: { field: [{ code: '={{ $json.code }}', value: 'x' }] } }),
			{
				items: input.map((p, i) => ({ ...p, code: i === 3 ? 'NOPE' : 'ORDER_ID' })),
				continueOnFail: true,
			},
		);
		expect(bed.fake.requests).toHaveLength(1);
		expect(
			r.json.every(
				(j) => j.error === 'Spoki error 400: item 3: custom_fields: Unknown custom field: NOPE.',
			),
		).toBe(true);
		expect(r.json[0].description).toBe(
			'Spoki refused the whole bulk request (10 contacts, items 0 to 9); none of them was synced.',
		);
		expect(bed.fake.contacts.some((c) => c.phone === input[0].phone)).toBe(false);
	});

	test("without Continue On Fail a failed batch stops the run with Spoki's words", async () => {
		bed.fake.failNext({ status: 400, body: [{}, { phone: ['Enter a valid phone number.'] }] });
		const r = await bed.run(upsert(), { items: people(3, 8000) });
		expect(r.error?.message).toBe('Spoki error 400: item 1: phone: Enter a valid phone number.');
		expect(bed.fake.requests).toHaveLength(1);
	});

	test('record numbers in a later batch are turned into the item numbers of the run', async () => {
		const errors: Array<Record<string, string[]>> = Array.from({ length: 500 }, () => ({}));
		errors[0] = { phone: ['Enter a valid phone number.'] };
		errors[499] = { email: ['Enter a valid email address.'] };
		let posts = 0;
		bed.fake.failNext(
			{ status: 400, body: errors },
			1,
			(q) => q.path.endsWith('/sync_all/') && ++posts === 2,
		);
		const r = await bed.run(upsert(), { items: people(1200, 20000), continueOnFail: true });
		expect(r.json[500].error).toBe(
			'Spoki error 400: item 500: phone: Enter a valid phone number.; item 999: email: Enter a valid email address.',
		);
		expect(r.json[999].description).toBe(
			'Spoki refused the whole bulk request (500 contacts, items 500 to 999); none of them was synced.',
		);
		expect(r.json.filter((j) => j.error)).toHaveLength(500);
	});

	test('an invalid item stops the run before anything is sent', async () => {
		const input = people(4, 9000);
		input[2].phone = '333-not-a-phone';
		const r = await bed.run(upsert(), { items: input });
		expectRefused(
			bed,
			r,
			'"Phone" must be a phone number in international format, like +14155550123 (got "333-not-a-phone") [item 2]',
		);
	});

	test('with Continue On Fail an invalid item fails alone and the others are sent in bulk', async () => {
		const input = people(4, 9100);
		input[2].phone = 'nope';
		const r = await bed.run(upsert(), { items: input, continueOnFail: true });
		expect(bed.calls()).toEqual(['POST /api/1/contacts/sync_all/']);
		expect((bed.fake.requests[0].body as unknown[]).length).toBe(3);
		expect(r.json[2].error).toMatch(/^"Phone" must be a phone number .* \[item 2\]$/);
		expect([r.json[0].phone, r.json[1].phone, r.json[3].phone]).toEqual([
			input[0].phone,
			input[1].phone,
			input[3].phone,
		]);
	});

	test('Bulk Sync off sends one request per item to the single sync endpoint', async () => {
		const r = await bed.run(upsert({ bulkSync: false }), { items: people(3, 9200) });
		expect(bed.calls()).toEqual(Array(3).fill('POST /api/1/contacts/sync/'));
		expect(r.json.map((c) => c.phone)).toEqual(people(3, 9200).map((p) => p.phone));
	});
});

describe("errors in Spoki's words", () => {
	test('DRF detail: an unknown id', async () => {
		const r = await run('contact', 'get', { contactId: '999999' });
		expect(r.error?.name).toBe('NodeApiError');
		expect(r.error?.message).toBe('Spoki error 404: Not found.');
		expect(r.error?.httpCode).toBe('404');
	});

	test('a coded refusal on a send: the 24-hour window is closed', async () => {
		const r = await bed.run({ ...sendText, phone: '+393330000000' });
		expect(r.error?.message).toBe(
			'Spoki error 400: Re-engagement message: The 24 hour customer service window is closed: send a template.',
		);
	});

	test('DRF field errors', async () => {
		const r = await run('customField', 'create', {
			label: 'Order',
			code: 'ORDER_ID',
			fieldType: 1,
			example: 'x',
		});
		expect(r.error?.message).toBe(
			'Spoki error 400: code: custom field with this code already exists.',
		);
	});

	test('Spoki coded errors keep title, detail and code', async () => {
		const many = Array.from({ length: 6 }, (_, i) => ({ code: `FIELD_${i}`, value: String(i) }));
		const r = await run('message', 'sendTemplate', {
			phone: PHONE,
			templateId: '301',
			customFields: { field: many },
		});
		expect(r.error?.message).toBe(
			'Spoki error 400: Template error: Too many %%FIELD%% variables for this template. (spoki::3014)',
		);
	});

	test("a wrong key: 401 with Spoki's message, the key never shown", async () => {
		const wrong = testKey('wrong');
		const r = await run('tag', 'getAll', {}, { credentials: bed.withKey(wrong) });
		expect(r.error?.message).toBe('Spoki error 401: Invalid API key.');
		expectNoSecret(r, wrong);
		expect(bed.last().headers['x-spoki-api-key']).toBe(wrong);
	});

	test('an HTML page (wrong base URL) says so', async () => {
		bed.fake.failNext({ status: 404, raw: '<!doctype html><h1>Not Found</h1>' });
		const r = await run('tag', 'getAll');
		expectHtmlPage(r, 'Spoki error 404: Not found');
	});

	test('reads are retried on 503; sends are never repeated', async () => {
		bed.fake.failNext({
			status: 503,
			headers: { 'retry-after': '0' },
			body: { detail: 'Service temporarily unavailable.' },
		});
		const read = await run('tag', 'getAll');
		expectSent(bed, read, ['GET /api/1/tags/', 'GET /api/1/tags/']);
		bed.fake.requests.length = 0;
		bed.fake.failNext({
			status: 503,
			headers: { 'retry-after': '0' },
			body: { detail: 'Service temporarily unavailable.' },
		});
		const send = await bed.run(sendText);
		expect(send.error?.message).toBe('Spoki error 503: Service temporarily unavailable.');
		expect(bed.calls()).toEqual(['POST /api/1/messages/send/']);
	});

	test('a rate-limited automation start is sent again after Retry-After (DRF throttles before the view runs)', async () => {
		// encode/django-rest-framework rest_framework/views.py: APIView.initial() runs check_throttles before the handler.
		bed.fake.failNext(
			{ status: 429, headers: { 'retry-after': '0' }, body: { detail: 'Request was throttled.' } },
			1,
			(q) => q.path.startsWith('/wh/ap/'),
		);
		const before = bed.fake.started.length;
		const r = await run('automation', 'start', {
			automationId: '345016',
			phone: PHONE,
		});
		expect(r.error).toBeUndefined();
		expect(bed.fake.requestsTo('POST', '/wh/ap/')).toHaveLength(2);
		expect(bed.fake.started.length - before).toBe(1);
	});

	test('start: an automation without an API trigger, or with an inactive one, is explained', async () => {
		const none = await run('automation', 'start', {
			automationId: '345017',
			phone: PHONE,
		});
		expect(none.error?.message).toBe(
			'Automation "Cart recovery" has no API trigger to start it with [item 0]',
		);
		expect(none.error?.description).toMatch(/"API Url" trigger/);
		const paused = await run('automation', 'start', {
			automationId: '345018',
			phone: PHONE,
		});
		expect(paused.error?.message).toBe(
			'The API trigger of automation "Paused API flow" is not active [item 0]',
		);
		expect(bed.fake.requestsTo('POST', '/wh/ap/')).toHaveLength(0);
	});

	test('start: a secret Spoki no longer accepts is reported', async () => {
		// Rotated in Spoki between the node's lookup and its start request.
		bed.fake.failNext({ status: 403, body: { detail: 'Invalid secret.' } }, 1, (q) =>
			q.path.startsWith('/wh/ap/'),
		);
		const r = await run('automation', 'start', {
			automationId: '345016',
			phone: PHONE,
		});
		expect(r.error?.message).toBe('Spoki error 403: Invalid secret.');
		expect(r.error?.description).not.toContain('trigger-secret');
	});
});

describe('validation before any request', () => {
	cases.refusedCases(bed, [
		...cases.sendRefusals(sendText, { field: 'phone', label: 'Phone', bad: '3331234567' }),
		[
			'a template that is not an id',
			opParams('message', 'sendTemplate', { phone: PHONE, templateId: 'order_shipped' }),
			'"Template" must be a numeric Spoki ID (got "order_shipped") [item 0]',
		],
		[
			'a bad custom field code',
			opParams('message', 'sendTemplate', {
				phone: PHONE,
				templateId: '301',
				customFields: { field: [{ code: 'order id', value: '1' }] },
			}),
			'"Field Name or ID" must be a custom field code such as ORDER_ID (got "order id") [item 0]',
		],
		[
			'metadata that is not JSON',
			{ ...sendText, additionalFields: { metadata: '{oops' } },
			'"Metadata" must be valid JSON [item 0]',
		],
		[
			'metadata that is not an object',
			{ ...sendText, additionalFields: { metadata: '[1,2]' } },
			'"Metadata" must be a JSON object, like {"key": "value"} [item 0]',
		],
		[
			'a header file name without its URL',
			opParams('message', 'sendTemplate', {
				phone: PHONE,
				templateId: '301',
				additionalFields: { headerMediaFilename: 'a.pdf' },
			}),
			'"Header Media URL" is required [item 0]',
		],
		[
			'a header URL that is not one',
			opParams('message', 'sendTemplate', {
				phone: PHONE,
				templateId: '301',
				additionalFields: { headerMediaUrl: 'ftp://x' },
			}),
			'"Header Media URL" must be an http(s) URL (got "ftp://x") [item 0]',
		],
		[
			'a contact id that is not numeric',
			opParams('contact', 'get', { contactId: 'abc' }),
			'"Contact" must be a numeric Spoki ID (got "abc") [item 0]',
		],
		[
			'a path-changing id',
			opParams('ticket', 'delete', { ticketId: '../accounts' }),
			'"Ticket ID" must be a numeric Spoki ID (got "../accounts") [item 0]',
		],
		[
			'an invalid email',
			opParams('contact', 'upsert', {
				phone: PHONE,
				additionalFields: { email: 'mario-at-rossi' },
			}),
			'"Email" must be an email address (got "mario-at-rossi") [item 0]',
		],
		[
			'an invalid language',
			opParams('contact', 'upsert', {
				phone: PHONE,
				additionalFields: { language: 'italiano' },
			}),
			'"Language" must be a language code like "it" or "en_US" (got "italiano") [item 0]',
		],
		[
			'an update with nothing to change',
			opParams('contact', 'update', { contactId: '1001' }),
			'"Update Fields" is required [item 0]',
		],
		[
			'a reserved custom field code',
			opParams('customField', 'create', {
				label: 'Mail',
				code: 'EMAIL',
				fieldType: 1,
				example: 'a@b.c',
			}),
			'"Code" "EMAIL" is reserved by Spoki [item 0]',
		],
		[
			'a lower case custom field code',
			opParams('customField', 'create', {
				label: 'Tier',
				code: 'tier',
				fieldType: 1,
				example: 'Gold',
			}),
			'"Code" must use upper case letters, digits and underscores, starting with a letter, like ORDER_ID (got "tier") [item 0]',
		],
		[
			'a reversed date range',
			opParams('campaign', 'getAll', {
				filters: {
					scheduledAfter: '2026-03-01T00:00:00Z',
					scheduledBefore: '2026-02-01T00:00:00Z',
				},
			}),
			'"Scheduled Before" must not be earlier than "Scheduled After" [item 0]',
		],
		[
			'a date that is not one',
			opParams('campaign', 'getAll', { filters: { scheduledAfter: 'next week' } }),
			'"Scheduled After" must be a date and time, like 2026-01-31T09:00:00Z (got "next week") [item 0]',
		],
		[
			'a page size over 100',
			opParams('ticket', 'getAll', { options: { perPage: 500 } }),
			'"Per Page" must be at most 100 [item 0]',
		],
		[
			'a ticket without its contact phone',
			opParams('ticket', 'create', { contactPhone: '  ', title: 'x' }),
			'"Contact Phone" is required [item 0]',
		],
		[
			'a limit of 0',
			opParams('tag', 'getAll', { limit: 0 }),
			'"Limit" must be at least 1 [item 0]',
		],
	]);
});

describe('Continue On Fail', () => {
	cases.continueOnFailCases(bed, sendText, {
		recipient: { field: 'phone', label: 'Phone', body: 'phone' },
		phones: ['+393330000011', '+393330000013'],
		outputs: [{ phone: '+393330000011', status: 'Pending' }, { phone: '+393330000013' }],
	});

	test('an API failure becomes an error item with its status', async () => {
		const r = await run(
			'contact',
			'get',
			{ contactId: '={{ $json.id }}' },
			{ items: [{ id: 999999 }, { id: bed.fake.contacts[0].id as number }], continueOnFail: true },
		);
		expect(r.json[0]).toEqual({
			error: 'Spoki error 404: Not found.',
			description:
				'Spoki does not know what was asked for: check the ID picked, or the Base URL in the credential.',
			httpCode: '404',
		});
		expect(r.json[1]).toMatchObject({ id: bed.fake.contacts[0].id });
	});
});

describe('yes/no values from expressions', () => {
	test('"true" as text blocks the contact; "false" unblocks; anything else is refused before sending', async () => {
		const update = (isBlocked: string) =>
			run(
				'contact',
				'update',
				{
					contactId: '1002',
					updateFields: { phone: '+393331112222', isBlocked: '={{ $json.b }}' },
				},
				{ items: [{ b: isBlocked }] },
			);
		await update('true');
		expect((bed.last().body as { is_blocked: boolean }).is_blocked).toBe(true);
		await update('false');
		expect((bed.last().body as { is_blocked: boolean }).is_blocked).toBe(false);
		bed.fake.requests.length = 0;
		const r = await update('yes');
		expectRefused(bed, r, '"Is Blocked" must be true or false (got "yes") [item 0]');
	});
});
