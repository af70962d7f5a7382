import type { NodeApiError } from 'n8n-workflow';

import { resetRateLimits } from '../../nodes/shared/dispatch/limits';
import { HEYY_KEY } from '../fakes/heyy';
import { testKey } from '../fakes/server';
import * as cases from '../harness/cases';
import {
	expectNoSecret,
	expectOneCredentialRead,
	expectRefused,
	expectSent,
} from '../harness/expect';
import { operationRunner, opParams } from '../harness/operation';
import { heyyBed } from './setup';

const bed = heyyBed();
const run = operationRunner(bed);
const API = '/api/v2.0';
const WRONG_KEY = testKey('wrong');
const sendText = opParams('message', 'send', {
	channelId: 'ch_wa_1',
	phoneNumber: '+14155550123',
	messageType: 'text',
	text: 'Hi',
});
const CLOSED = '+14155550999';
const CLOSED_WORDS =
	'Message failed to send because more than 24 hours have passed since the customer last replied to this number.';

afterEach(() => {
	bed.fake.resetRateLimit();
	// The dispatcher keeps each credential's rate window for the whole process: a test that used it up must not block the next.
	resetRateLimits();
});

beforeAll(() => {
	bed.fake.seedContacts(250);
	bed.fake.seedTemplates(248); // 250 templates in all
});

describe('pagination', () => {
	cases.pagingCases({
		bed,
		getMany: (parameters) => run('contact', 'getAll', parameters),
		key: 'id',
		all: {
			total: 250,
			calls: Array(3).fill(`GET ${API}/contacts`),
			queries: ['0', '1', '2'].map((page) => ({ page, pageSize: '100' })),
			first: 'con_0001',
			last: 'con_0250',
		},
		early: { limit: 120, requests: 2, last: 'con_0120' },
	});

	test('a Limit below one page asks for just that many', async () => {
		const r = await run('contact', 'getAll', { limit: 5 });
		expect(r.json).toHaveLength(5);
		expect(bed.fake.requests.map((q) => q.query)).toEqual([{ page: '0', pageSize: '5' }]);
	});

	test('search is kept on every page', async () => {
		const r = await run('contact', 'getAll', {
			returnAll: true,
			options: { search: 'test' },
		});
		expect(r.json).toHaveLength(250);
		expect(bed.fake.requests.map((q) => q.query.search)).toEqual(['test', 'test', 'test']);
	});

	test('message templates page the same way', async () => {
		const r = await run('template', 'getAll', { returnAll: true });
		expect(r.json).toHaveLength(250);
		expect(bed.fake.requests.map((q) => q.query.page)).toEqual(['0', '1', '2']);
		const limited = await run('template', 'getAll', { limit: 3 });
		expect(limited.json.map((t) => t.name)).toEqual(['order_update', 'welcome', 'bulk_1']);
	});

	test('chats page the same way; an exact multiple of the page size ends on the empty page', async () => {
		bed.fake.seedChats(200);
		const r = await run('chat', 'getAll', {
			channelId: 'ch_wa_1',
			returnAll: true,
		});
		bed.fake.chats.length = 0;
		expect(r.json).toHaveLength(200);
		expect(bed.fake.requests.map((q) => q.query.page)).toEqual(['0', '1', '2']);
	});

	test('lists Heyy returns whole take one request and no paging parameters; Limit trims them', async () => {
		const r = await run('label', 'getAll', { limit: 1 });
		expect(r.json).toEqual([expect.objectContaining({ name: 'VIP' })]);
		expect(bed.fake.requests.map((q) => `${q.path} ${JSON.stringify(q.query)}`)).toEqual([
			`${API}/labels {}`,
		]);
	});
});

describe('paging counted from 0 or from 1 (audit H7: the sources disagree)', () => {
	afterEach(() => {
		bed.fake.pageBase = 0;
	});

	test('pages counted from 1: page 1 repeats page 0, so the list goes on from page 2 and no contact is lost or doubled', async () => {
		bed.fake.pageBase = 1;
		const r = await run('contact', 'getAll', { returnAll: true });
		expect(r.error).toBeUndefined();
		expect(r.json).toHaveLength(250);
		expect(new Set(r.json.map((c) => c.id)).size).toBe(250);
		expect(r.json[249].id).toBe('con_0250');
		expect(bed.fake.requests.map((q) => q.query.page)).toEqual(['0', '1', '2', '3']);
	});

	test('pages counted from 1 with a Limit past the first page', async () => {
		bed.fake.pageBase = 1;
		const r = await run('contact', 'getAll', { limit: 150 });
		expect(r.json.map((c) => c.id)).toEqual(
			Array.from({ length: 150 }, (_, i) => `con_${String(i + 1).padStart(4, '0')}`),
		);
	});

	test('chats as documented (no paging: every chat in one answer): read once, nothing doubled', async () => {
		bed.fake.chatsPaged = false;
		bed.fake.seedChats(150);
		try {
			const r = await run('chat', 'getAll', {
				channelId: 'ch_wa_1',
				returnAll: true,
			});
			expect(r.json).toHaveLength(150);
			expect(new Set(r.json.map((c) => c.id)).size).toBe(150);
			expect(bed.fake.requests.length).toBeLessThanOrEqual(3);
		} finally {
			bed.fake.chats.length = 0;
			bed.fake.chatsPaged = true;
		}
	});

	test('message templates too', async () => {
		bed.fake.pageBase = 1;
		const r = await run('template', 'getAll', { returnAll: true });
		expect(r.json).toHaveLength(250);
		expect(new Set(r.json.map((t) => t.id)).size).toBe(250);
	});
});

describe('retries and rate limits', () => {
	test('a 429 on a read carrying only X-RateLimit-Reset is waited out until the reset, then succeeds', async () => {
		const reset = bed.fake.rateLimitFor(1500);
		const started = Date.now();
		const r = await run('channel', 'getAll', { returnAll: true });
		expect(r.error).toBeUndefined();
		expect(r.json).toHaveLength(2);
		expect(bed.calls()).toEqual([`GET ${API}/channels`, `GET ${API}/channels`]);
		// Heyy sends no Retry-After; one wait until the reset (not 1 s, 2 s, ... back-off) was enough.
		expect(Date.now() - started).toBeGreaterThanOrEqual(reset * 1000 - started);
		expect(reset * 1000 - started).toBeGreaterThan(1000);
	});

	test("a reset too far away is reported at once, in Heyy's words", async () => {
		bed.fake.failNext({
			status: 429,
			headers: {
				'x-ratelimit-limit': '10',
				'x-ratelimit-remaining': '0',
				'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + 3600),
			},
			body: {
				error: {
					messageKey: 'rate_limit_exceeded',
					message: 'Rate limit of 10 requests per minute exceeded',
				},
			},
		});
		const r = await run('business', 'get');
		expect(bed.fake.requests).toHaveLength(1);
		expect(r.error?.message).toBe('Heyy error 429: Rate limit of 10 requests per minute exceeded');
		expect((r.error as NodeApiError).httpCode).toBe('429');
	});

	test('the plan limit per minute is enforced by the fake and honoured: a used-up budget holds the next request, failing it at once past Max Wait', async () => {
		bed.fake.planLimit = 1;
		try {
			bed.fake.resetRateLimit();
			const r = await run('business', 'get');
			expect(r.error).toBeUndefined();
			const second = bed.fake.requests.length;
			const limited = await run('label', 'getAll', {
				returnAll: true,
				requestOptions: { maxWait: 1 },
			});
			// X-RateLimit-Remaining: 0 on the first answer: nothing more is sent before the reset.
			expect(limited.error?.message).toMatch(/^Heyy rate limit: item 0 would wait \d+ s/);
			expect(bed.fake.requests.length - second).toBe(0);
		} finally {
			bed.fake.planLimit = 500;
		}
	});

	test('a 503 carrying the rate-limit headers with quota left is retried with the usual back-off, not held to the reset', async () => {
		bed.fake.failNext({
			status: 503,
			headers: {
				'x-ratelimit-limit': '500',
				'x-ratelimit-remaining': '420',
				'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + 50),
			},
			body: { error: { messageKey: 'unavailable', message: 'Service unavailable' } },
		});
		const started = Date.now();
		const r = await run('business', 'get');
		expect(r.error).toBeUndefined();
		expect(bed.fake.requests).toHaveLength(2);
		// Held to the reset it would have waited 50 s: well under that is the usual back-off.
		expect(Date.now() - started).toBeLessThan(30_000);
	});

	test('a 503 on a read is retried', async () => {
		bed.fake.failNext({
			status: 503,
			headers: { 'retry-after': '0' },
			body: { error: { messageKey: 'unavailable', message: 'Try again' } },
		});
		const r = await run('contact', 'get', { contactId: 'con_0001' });
		expect(r.error).toBeUndefined();
		expect(bed.fake.requests).toHaveLength(2);
	});

	test('a 429 on a send is resent once the reset has passed (Heyy handled nothing), and goes out once', async () => {
		bed.fake.rateLimitFor(1000);
		const r = await bed.run(sendText);
		expectSent(bed, r, [
			`POST ${API}/ch_wa_1/whatsapp_messages/send`,
			`POST ${API}/ch_wa_1/whatsapp_messages/send`,
		]);
		expect(bed.fake.sent.filter((m) => m.status !== 'failed').slice(-1)[0]).toMatchObject({
			phoneNumber: '+14155550123',
		});
	});

	test('a dropped connection on a send is not repeated', async () => {
		bed.fake.failNext({ status: 0, drop: true });
		const r = await bed.run(sendText);
		expect(r.error?.message).toMatch(/^Heyy could not be reached/);
		expect(r.error?.description).toMatch(/not repeated/);
		expect(bed.fake.requests).toHaveLength(1);
	});
});

describe("errors in Heyy's words", () => {
	test.each([
		['data.message.errors (the documented message object)', 'message.errors'],
		['data.errors (the older reading)', 'data.errors'],
		['only a "failed" status', 'status'],
		['only data.status "failed", data.message null', 'data.status'],
	] as const)(
		'a send Heyy rejects inside a 200 fails the item: reason at %s',
		async (_label, place) => {
			bed.fake.sendFailurePlace = place;
			try {
				const r = await bed.run({ ...sendText, phoneNumber: CLOSED });
				expect(r.error?.name).toBe('NodeApiError');
				expect(r.error?.message).toBe(
					`Heyy error 200: ${place.endsWith('status') ? 'Heyy reported the message as failed' : CLOSED_WORDS}`,
				);
				expect(bed.fake.requests).toHaveLength(1);
			} finally {
				bed.fake.sendFailurePlace = 'message.errors';
			}
		},
	);

	test('a send Heyy answers with HTTP 200 but a failed message fails the item', async () => {
		const r = await bed.run({ ...sendText, phoneNumber: CLOSED });
		expect(bed.calls()).toEqual([`POST ${API}/ch_wa_1/whatsapp_messages/send`]);
		expect(r.error?.name).toBe('NodeApiError');
		expect(r.error?.message).toBe(`Heyy error 200: ${CLOSED_WORDS}`);
		expect(r.error?.description).toMatch(/^Heyy answered HTTP 200 but /);
		expect((r.error as NodeApiError).httpCode).toBe('200');
		expect(bed.fake.sent[bed.fake.sent.length - 1]).toMatchObject({ status: 'failed' });
	});

	test('with Continue On Fail the failed send is an error item, and a template to the same number goes out', async () => {
		const r = await bed.run(
			{
				...sendText,
				phoneNumber: CLOSED,
				messageType: '={{ $json.type }}',
				messageTemplateId: 'tpl_1',
			},
			{ items: [{ type: 'text' }, { type: 'template' }], continueOnFail: true },
		);
		expect(r.error).toBeUndefined();
		expect(r.json[0]).toEqual({
			error: `Heyy error 200: ${CLOSED_WORDS}`,
			description: expect.stringMatching(/^Heyy answered HTTP 200 but /),
			httpCode: '200',
		});
		expect(r.json[1]).toMatchObject({
			status: 'pending',
			message: expect.objectContaining({ errors: [] }),
		});
		expect(r.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
	});

	test('several errors in one answer are all reported', async () => {
		bed.fake.failNext({
			status: 200,
			body: {
				data: {
					id: 'msg_x',
					status: 'failed',
					errors: [{ code: 131026, title: 'Message undeliverable' }, 'Number not on WhatsApp'],
				},
			},
		});
		const r = await bed.run(sendText);
		expect(r.error?.message).toBe('Heyy error 200: Message undeliverable; Number not on WhatsApp');
	});

	test("a 404 carries Heyy's message", async () => {
		const r = await run('contact', 'get', { contactId: 'con_9999' });
		expect(r.error?.message).toBe('Heyy error 404: Contact not found');
		expect((r.error as NodeApiError).httpCode).toBe('404');
	});

	test("a 400 carries Heyy's message", async () => {
		const r = await run('contact', 'create', {
			phoneNumber: '+14155560001',
		});
		expect(r.error?.message).toBe(
			'Heyy error 400: A contact with phone number +14155560001 already exists',
		);
		const r2 = await bed.run({
			...sendText,
			messageType: 'template',
			messageTemplateId: 'tpl_gone',
		});
		expect(r2.error?.message).toBe('Heyy error 400: Message template not found');
	});

	test('an error body with only a messageKey still says something', async () => {
		bed.fake.failNext({ status: 400, body: { error: { messageKey: 'invalid_phone_number' } } });
		const r = await run('business', 'get');
		expect(r.error?.message).toBe('Heyy error 400: invalid_phone_number');
	});

	test("a wrong key gives 401 in Heyy's words and never shows the key", async () => {
		const r = await run(
			'contact',
			'get',
			{ contactId: 'con_0001' },
			{ credentials: { heyyApi: { ...bed.credentials.heyyApi, apiKey: WRONG_KEY } } },
		);
		expect(r.error?.message).toBe('Heyy error 401: Invalid API key');
		expectNoSecret(r, WRONG_KEY);
		expect(bed.last().headers.authorization).toBe(`Bearer ${WRONG_KEY}`);
	});

	test('an answer echoing the key has it redacted', async () => {
		bed.fake.failNext({
			status: 403,
			body: {
				error: { messageKey: 'forbidden', message: `Key ${HEYY_KEY} lacks the contacts scope` },
			},
		});
		const r = await run('business', 'get');
		expect(r.error?.message).toBe('Heyy error 403: Key *** lacks the contacts scope');
	});

	test('the credential is read once per run, not per item or page', async () => {
		const r = await run('contact', 'getAll', { returnAll: true }, { items: [{}, {}] });
		expectOneCredentialRead(bed, r, 500, 6);
	});
});

describe('validation before any request', () => {
	const buttons = (n: number, title = 'OK') => ({
		button: Array.from({ length: n }, (_, i) => ({ title: `${title}${i}` })),
	});

	cases.refusedCases(bed, [
		...cases.sendRefusals(sendText, {
			field: 'phoneNumber',
			label: 'Phone Number',
			bad: '0039 333',
		}),
		[
			'an unknown message type',
			{ ...sendText, messageType: 'sticker' },
			'"Message Type" must be one of text, image, document, template, interactive (got "sticker") [item 0]',
		],
		[
			'a channel that resolves to nothing',
			{ ...sendText, channelId: { __rl: true, mode: 'id', value: '={{ "" }}' } },
			'"Channel" is required [item 0]',
		],
		[
			'a template without a template',
			{
				...sendText,
				messageType: 'template',
				messageTemplateId: { __rl: true, mode: 'list', value: '' },
			},
			'"Template" is required [item 0]',
		],
		[
			'a document without a file ID',
			{ ...sendText, messageType: 'document', fileSource: 'fileId' },
			'"File ID" is required [item 0]',
		],
		[
			'a template variable without a name',
			{
				...sendText,
				messageType: 'template',
				messageTemplateId: 'tpl_1',
				variables: { variable: [{ name: '', value: 'x' }] },
			},
			'"Name" is required [item 0]',
		],
		[
			'buttons without any',
			{ ...sendText, messageType: 'interactive', buttons: {} },
			'"Buttons" is required [item 0]',
		],
		[
			'four buttons',
			{ ...sendText, messageType: 'interactive', buttons: buttons(4) },
			'"Buttons" holds 4 buttons; WhatsApp shows at most 3 [item 0]',
		],
		[
			'a button title over 20 characters',
			{ ...sendText, messageType: 'interactive', buttons: buttons(1, 'A very long button title') },
			'"Title" is longer than 20 characters (25) [item 0]',
		],
		[
			'an invalid schedule',
			{ ...sendText, options: { scheduledAt: 'next friday' } },
			'"Scheduled At" must be a date and time, like 2026-01-31T09:00:00Z (got "next friday") [item 0]',
		],
		[
			'an invalid email',
			opParams('contact', 'create', {
				phoneNumber: '+14155550123',
				additionalFields: { email: 'ana-at-acme' },
			}),
			'"Email" must be an email address (got "ana-at-acme") [item 0]',
		],
		[
			'an attribute entry without attribute',
			opParams('contact', 'create', {
				phoneNumber: '+14155550123',
				attributes: { attribute: [{ value: 'x' }] },
			}),
			'"Attribute Name or ID" is required [item 0]',
		],
		[
			'a contact update with nothing to change',
			opParams('contact', 'update', { contactId: 'con_0001' }),
			'"Update Fields" is required [item 0]',
		],
		[
			'an external ID starting with a digit',
			opParams('attribute', 'create', { name: 'X', externalId: '1tier' }),
			'"External ID" must start with a letter and hold only letters, digits and underscores (got "1tier") [item 0]',
		],
		[
			'a webhook URL that is not one',
			opParams('webhook', 'create', { type: 'SMS_MESSAGE_STATUS', url: 'hooks.acme.test' }),
			'"URL" must be an http(s) URL (got "hooks.acme.test") [item 0]',
		],
		[
			'an unknown webhook type',
			opParams('webhook', 'create', { url: 'https://x.test', type: 'ORDER_CREATED' }),
			expect.stringMatching(
				/^"Event Type" must be one of EMAIL_MESSAGE_RECEIVED, .* \(got "ORDER_CREATED"\) \[item 0\]$/,
			),
		],
		[
			'a webhook update with nothing to change',
			opParams('webhook', 'update', { webhookId: 'whk_1' }),
			'"Update Fields" is required [item 0]',
		],
		[
			'a chat update with an empty status',
			opParams('chat', 'update', {
				channelId: 'ch_wa_1',
				chatId: 'c1',
				updateFields: { status: ' ' },
			}),
			'"Status" is required [item 0]',
		],
		[
			'an automation run for a bad number',
			opParams('automation', 'run', {
				channelId: 'ch_wa_1',
				automationId: 'wf_1',
				phoneNumber: 'abc',
			}),
			'"Phone Number" must be a phone number in international format, like +14155550123 (got "abc") [item 0]',
		],
	]);

	test('a missing binary file is reported before anything is uploaded or sent', async () => {
		const r = await bed.runWithFiles(
			{ ...sendText, messageType: 'image', fileSource: 'binary', binaryPropertyName: 'photo' },
			[{ files: [{ property: 'data', fileName: 'a.png', mimeType: 'image/png', content: 'x' }] }],
		);
		expectRefused(
			bed,
			r,
			'"Input Binary Field" names no binary file: the input item has no binary field "photo" [item 0]',
		);
		expect(r.error?.description).toBe('Its binary fields are "data": enter one of them.');
	});

	cases.encodedIdCases(
		bed,
		(contactId) => opParams('contact', 'get', { contactId }),
		[
			['a/../../business', `GET ${API}/contacts/a%2F..%2F..%2Fbusiness`],
			['x?page=9', `GET ${API}/contacts/x%3Fpage%3D9`],
			['x#frag', `GET ${API}/contacts/x%23frag`],
			['%2F', `GET ${API}/contacts/%252F`],
		],
		'Heyy error 404: Contact not found',
	);

	test('a channel id is encoded where it leads the path', async () => {
		const r = await run('automation', 'getAll', {
			channelId: '../contacts',
			returnAll: true,
		});
		expect(bed.calls()).toEqual([`GET ${API}/..%2Fcontacts/workflows`]);
		expect(r.error?.message).toBe('Heyy error 404: Channel not found');
	});

	cases.dotSegmentCases(
		bed,
		(chatId) => opParams('chat', 'get', { channelId: 'ch_wa_1', chatId }),
		'"Chat" is not a valid id [item 0]',
	);
});

describe('sending in parallel', () => {
	test('items run in parallel, but two sends to the same number go out one after the other, in item order', async () => {
		const first = '+14155550001';
		bed.fake.slowNumbers.set(first, 400);
		const before = bed.fake.sent.length;
		const r = await bed.run(
			{ ...sendText, phoneNumber: '={{ $json.to }}', text: '={{ $json.text }}' },
			{
				items: [
					{ to: first, text: 'A' },
					{ to: '+14155550002', text: 'B' },
					{ to: '+1 415 555 0001', text: 'C' },
				],
			},
		);
		expect(r.error).toBeUndefined();
		const sent = bed.fake.sent.slice(before).map((m) => ({
			text: (m.request as { bodyText: string }).bodyText,
			at: Number(m.receivedAt),
		}));
		const at = Object.fromEntries(sent.map((m) => [m.text, m.at]));
		// B did not wait for A's slow answer; C (same number as A, written differently) did.
		expect(at.B - at.A).toBeLessThan(300);
		expect(at.C - at.A).toBeGreaterThanOrEqual(390);
		expect(r.json.map((m) => m.phoneNumber)).toEqual([first, '+14155550002', first]);
	});
});

describe('Continue On Fail', () => {
	cases.continueOnFailCases(bed, sendText, {
		recipient: { field: 'phoneNumber', label: 'Phone Number', body: 'phoneNumber' },
		phones: ['+14155550001', '+14155550003'],
		outputs: [{ status: 'pending' }, { status: 'pending' }],
	});

	test('an API failure becomes an error item with its status', async () => {
		bed.fake.failNext({
			status: 500,
			body: { error: { messageKey: 'internal_error', message: 'Something went wrong' } },
		});
		const r = await bed.run(sendText, { items: [{}, {}], continueOnFail: true });
		expect(r.json[0]).toMatchObject({
			error: 'Heyy error 500: Something went wrong',
			httpCode: '500',
		});
		expect(r.json[1]).toMatchObject({ status: 'pending' });
	});
});
