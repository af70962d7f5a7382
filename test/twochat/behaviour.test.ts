import { RETRY_POLICY } from '../../nodes/shared/retry';
import type { NodeApiError } from 'n8n-workflow';

import { resetRateLimits } from '../../nodes/shared/dispatch/limits';
import { testKey } from '../fakes/server';
import { TWOCHAT_KEY } from '../fakes/twochat';
import * as cases from '../harness/cases';
import {
	expectHtmlPage,
	expectNoSecret,
	expectOneCredentialRead,
	expectRefused,
	expectSent,
} from '../harness/expect';
import { operationRunner, opParams } from '../harness/operation';
import { twoChatBed } from './setup';

const bed = twoChatBed();
const run = operationRunner(bed);
const FROM = '+5215500000001';
const WRONG_KEY = testKey('wrong');
const sendText = opParams('message', 'send', {
	fromNumber: FROM,
	toNumber: '+14155550123',
	messageType: 'text',
	text: 'Hi',
});

beforeAll(() => bed.fake.seedContacts(250));
// The dispatcher keeps each credential's rate window for the whole process: a test that used it up must not block the next.
afterEach(() => resetRateLimits());

describe('pagination', () => {
	cases.pagingCases({
		bed,
		getMany: (parameters) => run('contact', 'getAll', parameters),
		key: 'uuid',
		all: {
			total: 250,
			calls: Array(3).fill('GET /open/contacts'),
			queries: ['0', '1', '2'].map((n) => ({ page_number: n, results_per_page: '100' })),
			first: 'CON00001',
			last: 'CON00250',
		},
		early: { limit: 120, requests: 2, last: 'CON00120' },
	});

	test('a Limit below one page asks for just that many', async () => {
		const r = await run('contact', 'getAll', { limit: 5 });
		expect(r.json).toHaveLength(5);
		expect(bed.fake.requests.map((q) => q.query.results_per_page)).toEqual(['5']);
	});

	test('an exact multiple of the page size ends on the empty page', async () => {
		bed.fake.contacts.splice(200);
		const r = await run('contact', 'getAll', { returnAll: true });
		expect(r.json).toHaveLength(200);
		expect(bed.fake.requests).toHaveLength(3);
		bed.fake.seedContacts(0);
	});
});

describe('retries', () => {
	test('a 429 with Retry-After on a read is waited out, then succeeds', async () => {
		bed.fake.failNext({
			status: 429,
			headers: { 'retry-after': '1' },
			body: { success: false, error: true, error_message: 'Too many requests' },
		});
		const started = Date.now();
		const r = await run('account', 'getUsage');
		const elapsed = Date.now() - started;
		expectSent(bed, r, ['GET /open/info', 'GET /open/info']);
		expect(elapsed).toBeGreaterThanOrEqual(950);
		expect(r.json[0].account).toBeDefined();
	});

	test("a read that stays rate limited gives up after 4 attempts with 2Chat's words", async () => {
		bed.fake.failNext(
			{
				status: 503,
				headers: { 'retry-after': '0' },
				body: { success: false, error: true, error_message: 'Maintenance' },
			},
			10,
		);
		const r = await run('account', 'getUsage');
		expect(bed.fake.requests).toHaveLength(RETRY_POLICY.maxAttempts);
		expect(r.error?.message).toBe('2Chat error 503: Maintenance');
		expect(r.error?.description).toBe('2Chat failed on its side; gave up after 4 attempts.');
	});

	test('a 500 on a read is not a temporary status: sent once, and the error says so', async () => {
		bed.fake.failNext({
			status: 500,
			body: { success: false, error: true, error_message: 'Internal error' },
		});
		const r = await run('account', 'getUsage');
		expect(bed.fake.requests).toHaveLength(1);
		expect(r.error?.description).toBe(
			'2Chat failed on its side; this status is not retried automatically: run it again later.',
		);
	});

	test('a Retry-After longer than the bound is reported at once, not waited', async () => {
		bed.fake.failNext({
			status: 429,
			headers: { 'retry-after': '3600' },
			body: { success: false, error: true, error_message: 'Quota exhausted' },
		});
		const r = await run('account', 'getUsage');
		expect(bed.fake.requests).toHaveLength(1);
		expect(r.error?.message).toBe('2Chat error 429: Quota exhausted');
		expect((r.error as NodeApiError).httpCode).toBe('429');
		expect(r.error?.description).toBe(
			"2Chat's rate limit was still exceeded after 1 attempt(s), or the wait it asked for was longer than Max Wait (Request Options).",
		);
	});

	test('a dropped connection on a read is retried', async () => {
		bed.fake.failNext({ status: 0, drop: true });
		const r = await run('account', 'getUsage', {}, {});
		expect(r.error).toBeUndefined();
		expect(bed.fake.requests).toHaveLength(2);
	});

	test("a 500 on a send is reported once with 2Chat's message and never retried", async () => {
		bed.fake.failNext({
			status: 500,
			body: { success: false, error: true, error_message: 'WhatsApp session crashed' },
		});
		const r = await bed.run(sendText);
		expect(bed.calls()).toEqual(['POST /open/whatsapp/send-message']);
		expect(r.error?.name).toBe('NodeApiError');
		expect(r.error?.message).toBe('2Chat error 500: WhatsApp session crashed');
		expect((r.error as NodeApiError).httpCode).toBe('500');
		expect(r.error?.description).toBe(
			'2Chat failed on its side. A send or change is not repeated, as it may have been carried out: check in 2Chat before running it again.',
		);
	});

	test('a 429 on a send is resent after Retry-After (2Chat did nothing), and the message goes out once', async () => {
		// developers.2chat.co/docs/API/api-response-codes: 429 is to be retried automatically.
		bed.fake.failNext({
			status: 429,
			headers: { 'retry-after': '1' },
			body: { success: false, error: true, error_message: 'Slow down' },
		});
		const sentBefore = bed.fake.sent.length;
		const r1 = await bed.run(sendText);
		expect(r1.error).toBeUndefined();
		expect(bed.fake.requestsTo('POST', '/send-message')).toHaveLength(2);
		expect(bed.fake.sent.length - sentBefore).toBe(1);
		expect(r1.json[0]).toMatchObject({
			messageId: expect.stringMatching(/^MSG/),
			status: 'accepted',
		});
	});

	test('a dropped connection on a send is not repeated: it may have reached the customer', async () => {
		bed.fake.failNext({ status: 0, drop: true });
		const r2 = await bed.run(sendText);
		expect(r2.error?.message).toMatch(/^2Chat could not be reached/);
		expect(r2.error?.description).toMatch(/not repeated/);
		expect(bed.fake.requestsTo('POST', '/send-message')).toHaveLength(1);
	});
});

describe('errors', () => {
	test("a 200 with success:false is a failure with 2Chat's message", async () => {
		const r = await bed.run({ ...sendText, fromNumber: '+5215500009999' });
		expect(r.error?.message).toBe(
			'2Chat error 400: from_number is not one of your connected numbers',
		);
		bed.fake.failNext({
			status: 200,
			body: { success: false, error: true, error_message: 'Number disconnected' },
		});
		const r2 = await bed.run(sendText);
		expect(r2.error?.message).toBe('2Chat error 200: Number disconnected');
	});

	test('a wrong key gives 401 with the provider message and never shows the key', async () => {
		const r = await run(
			'contact',
			'get',
			{ contactId: 'CON00001' },
			{ credentials: { twoChatApi: { ...bed.credentials.twoChatApi, apiKey: WRONG_KEY } } },
		);
		expect(r.error?.message).toBe('2Chat error 401: Invalid API Key');
		expectNoSecret(r, WRONG_KEY);
		expect(bed.last().headers['x-user-api-key']).toBe(WRONG_KEY);
	});

	test('a provider echoing the key has it redacted', async () => {
		bed.fake.failNext({
			status: 400,
			body: { success: false, error: true, error_message: `Key ${TWOCHAT_KEY} is suspended` },
		});
		const r = await run('account', 'getUsage');
		expect(r.error?.message).toBe('2Chat error 400: Key *** is suspended');
	});

	test('an HTML error page says so and points at the base URL', async () => {
		bed.fake.failNext({ status: 404, raw: '<html><body>Not Found</body></html>' });
		const r = await run('account', 'getUsage');
		expectHtmlPage(r, '2Chat error 404: Not found');
	});

	test('the credential is read once per run, not per item or page', async () => {
		const r = await run('contact', 'getAll', { returnAll: true }, { items: [{}, {}, {}] });
		// 3 items × the 200 contacts left by the test above
		expectOneCredentialRead(bed, r, 600, 9);
	});
});

describe('validation before any request', () => {
	cases.refusedCases(bed, [
		...cases.sendRefusals(
			sendText,
			{ field: 'toNumber', label: 'To Number', bad: '5512345' },
			'   ',
		),
		[
			'a sending number that is not E.164',
			{ ...sendText, fromNumber: 'sales' },
			'"From Number" must be a phone number in international format, like +14155550123 (got "sales") [item 0]',
		],
		[
			'an unknown option value',
			{ ...sendText, messageType: 'sticker' },
			'"Message Type" must be one of text, media, location (got "sticker") [item 0]',
		],
	]);

	test('an invalid email in contact details names the field and the item', async () => {
		const r = await run(
			'contact',
			'create',
			{
				firstName: 'Ana',
				contactDetails: { detail: [{ type: 'E', value: 'ana-at-acme' }] },
			},
			{ items: [{}, {}] },
		);
		expectRefused(bed, r, '"Value" must be an email address (got "ana-at-acme") [item 0]');
	});

	test('a contact without any detail is rejected', async () => {
		const r = await run('contact', 'create', { firstName: 'Ana' });
		expect(r.error?.message).toBe('"Contact Details" is required [item 0]');
		expect(r.error?.description).toBe('Add at least one phone, email or address.');
		expect(bed.fake.requests).toHaveLength(0);
	});

	cases.encodedIdCases(
		bed,
		(contactId) => opParams('contact', 'get', { contactId }),
		[
			['a/../../info', 'GET /open/contacts/a%2F..%2F..%2Finfo'],
			['x?page_number=9', 'GET /open/contacts/x%3Fpage_number%3D9'],
			['x#frag', 'GET /open/contacts/x%23frag'],
			['%2F', 'GET /open/contacts/%252F'],
			['ünï', 'GET /open/contacts/%C3%BCn%C3%AF'],
		],
		'2Chat error 404: Contact not found',
	);

	cases.dotSegmentCases(
		bed,
		(contactId) => opParams('contact', 'delete', { contactId }),
		'"Contact" is not a valid id [item 0]',
	);
});

describe('Continue On Fail', () => {
	cases.continueOnFailCases(bed, sendText, {
		recipient: { field: 'toNumber', label: 'To Number', body: 'to_number' },
		phones: ['+14155550001', '+14155550003'],
		outputs: [{ success: true }, { success: true }],
	});

	test('an API failure becomes an error item with its status', async () => {
		bed.fake.failNext({
			status: 500,
			body: { success: false, error: true, error_message: 'Boom' },
		});
		const r = await bed.run(sendText, { items: [{}, {}], continueOnFail: true });
		expect(r.json[0]).toMatchObject({ error: '2Chat error 500: Boom', httpCode: '500' });
		expect(r.json[1].success).toBe(true);
	});
});
