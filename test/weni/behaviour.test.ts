import { RETRY_POLICY } from '../../nodes/shared/retry';
import type { IDataObject, NodeApiError } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { testKey } from '../fakes/server';
import {
	contactUrn,
	contactUuid,
	FakeWeni,
	FLOW_ONBOARDING,
	GROUP_SMART,
	GROUP_VIP,
	WENI_TOKEN,
} from '../fakes/weni';
import type { RunOptions } from '../harness/engine';
import { expectRefused } from '../harness/expect';
import { GENERATIONS, generationBed } from './generations';

describe.each(GENERATIONS)('%s', (generation) => {
	const bed = generationBed(generation);
	/** Three items: contacts 1 and 2 around `bad` (item 1). */
	const aroundContacts = (bad: string) => [
		{ contact: contactUuid(1) },
		{ contact: bad },
		{ contact: contactUuid(2) },
	];
	/** A contact action (and its group) applied to each item's `contact`. */
	const applyToEach = (action: IDataObject, options: Partial<RunOptions>) =>
		bed.run(
			{ resource: 'contact', operation: 'applyAction', ...action, contact: '={{ $json.contact }}' },
			options,
		);
	const flows = generation === 'flows';
	/** Where Message → Send goes on this server (see nodes/Weni/resources/message/send.ts). */
	const sendCall = flows ? 'POST /api/v2/whatsapp_broadcasts.json' : 'POST /api/v2/messages.json';
	const sent = () => (flows ? bed.fake.broadcasts : bed.fake.messages);
	const throttled = (seconds: string) => ({
		status: 429,
		headers: { 'retry-after': seconds },
		body: { detail: `Request was throttled. Expected available in ${seconds} second.` },
	});

	beforeEach(() => {
		bed.fake.reset();
		bed.fake.nextOrigin = undefined;
		bed.fake.seedContacts(600);
	});

	describe('cursor pagination', () => {
		test('Return All follows `next` across 3 pages of 250', async () => {
			const r = await bed.run({ resource: 'contact', operation: 'getAll', returnAll: true });
			expect(r.error).toBeUndefined();
			expect(r.json).toHaveLength(600);
			expect(bed.calls()).toEqual(Array(3).fill('GET /api/v2/contacts.json'));
			expect(bed.fake.requests.map((q) => Boolean(q.query.cursor))).toEqual([false, true, true]);
			expect(r.json[0].uuid).toBe(contactUuid(1));
			expect(r.json[599].uuid).toBe(contactUuid(600));
			expect(new Set(r.json.map((c) => c.uuid)).size).toBe(600);
		});

		test('filters travel inside the `next` links to every page', async () => {
			for (let i = 0; i < 300; i++)
				bed.fake.contacts[i].groups = [{ uuid: GROUP_VIP, name: 'VIP' }];
			const r = await bed.run({
				resource: 'contact',
				operation: 'getAll',
				returnAll: true,
				filters: { group: GROUP_VIP },
			});
			expect(r.json).toHaveLength(300);
			expect(bed.fake.requests.map((q) => q.query.group)).toEqual([GROUP_VIP, GROUP_VIP]);
		});

		test('Limit stops paging early: 260 items take 2 requests, 10 take 1', async () => {
			const r = await bed.run({ resource: 'contact', operation: 'getAll', limit: 260 });
			expect(r.json).toHaveLength(260);
			expect(bed.fake.requests).toHaveLength(2);
			bed.fake.requests.length = 0;
			const small = await bed.run({ resource: 'contact', operation: 'getAll', limit: 10 });
			expect(small.json).toHaveLength(10);
			expect(bed.fake.requests).toHaveLength(1);
		});

		test('a `next` link on another host is followed on the credential host, with the token kept there', async () => {
			bed.fake.nextOrigin = 'https://flows.weni.ai';
			const r = await bed.run({ resource: 'contact', operation: 'getAll', returnAll: true });
			expect(r.json).toHaveLength(600);
			expect(bed.fake.requests).toHaveLength(3);
			expect(
				bed.fake.requests.every((q) => q.headers.authorization === `Token ${WENI_TOKEN}`),
			).toBe(true);
		});

		test('a self-hosted RapidPro under a path prefix works by changing the base URL', async () => {
			// Same fake under /rapidpro: paths, next links and auth all follow the base URL.
			const hosted = new FakeWeni('/rapidpro', { generation });
			const baseUrl = await hosted.start();
			try {
				hosted.seedContacts(300);
				const r = await bed.run(
					{ resource: 'contact', operation: 'getAll', returnAll: true },
					{ credentials: { weniApi: { apiToken: WENI_TOKEN, baseUrl: `${baseUrl}/` } } },
				);
				expect(r.error).toBeUndefined();
				expect(r.json).toHaveLength(300);
				expect(hosted.requests.map((q) => q.path)).toEqual([
					'/rapidpro/api/v2/contacts.json',
					'/rapidpro/api/v2/contacts.json',
				]);
			} finally {
				await hosted.stop();
			}
		});
	});

	describe('contact actions in bulk', () => {
		test('250 items are sent as 3 requests of 100, 100 and 50, results mapped back per item', async () => {
			const items = Array.from({ length: 250 }, (_, i) => ({ contact: contactUuid(i + 1) }));
			const r = await applyToEach({ contactAction: 'add', group: GROUP_VIP }, { items });
			expect(r.error).toBeUndefined();
			expect(bed.calls()).toEqual(Array(3).fill('POST /api/v2/contact_actions.json'));
			const bodies = bed.fake.requests.map(
				(q) => q.body as { contacts: string[]; action: string; group: string },
			);
			expect(bodies.map((b) => b.contacts.length)).toEqual([100, 100, 50]);
			expect(bodies.every((b) => b.action === 'add' && b.group === GROUP_VIP)).toBe(true);
			expect(bodies.flatMap((b) => b.contacts)).toEqual(items.map((i) => i.contact));
			expect(r.json).toHaveLength(250);
			expect(r.json[249]).toEqual({
				success: true,
				action: 'add',
				contact: contactUuid(250),
				group: GROUP_VIP,
			});
			expect(r.items.map((i) => i.pairedItem)).toEqual(items.map((_, i) => ({ item: i })));
			expect(
				bed.fake.contacts.slice(0, 250).every((c) => (c.groups as unknown[]).length === 1),
			).toBe(true);
		});

		test('items with different actions or groups never share a request', async () => {
			const items = [
				{ action: 'block', contact: contactUuid(1) },
				{ action: 'add', group: GROUP_VIP, contact: contactUuid(2) },
				{ action: 'block', contact: contactUrn(3) },
				{ action: 'add', group: 'Staff', contact: contactUuid(4) },
				{ action: 'add', group: GROUP_VIP, contact: contactUuid(5) },
			];
			bed.fake.groups.push({
				uuid: '11111111-2222-4333-8444-555555555555',
				name: 'Staff',
				query: null,
				status: 'ready',
				system: false,
				count: 0,
			});
			const r = await applyToEach(
				{ contactAction: '={{ $json.action }}', group: '={{ $json.group }}' },
				{ items },
			);
			expect(r.error).toBeUndefined();
			// Chunks may go in parallel: compared without their order.
			const bodies = bed.fake.requests.map((q) => JSON.stringify(q.body)).sort();
			expect(bodies).toEqual(
				[
					{ contacts: [contactUuid(1), contactUrn(3)], action: 'block' },
					{ contacts: [contactUuid(2), contactUuid(5)], action: 'add', group: GROUP_VIP },
					{ contacts: [contactUuid(4)], action: 'add', group: 'Staff' },
				]
					.map((b) => JSON.stringify(b))
					.sort(),
			);
			expect(r.json.map((j) => j.contact)).toEqual(items.map((i) => i.contact));
		});

		test('a contact Weni does not know fails alone; the rest of its chunk is sent again without it', async () => {
			const items = [contactUuid(1), 'whatsapp:5511000000000', contactUuid(2)].map((contact) => ({
				contact,
			}));
			const r = await applyToEach({ contactAction: 'block' }, { items, continueOnFail: true });
			expect(r.error).toBeUndefined();
			expect(bed.fake.requests.map((q) => (q.body as { contacts: string[] }).contacts)).toEqual([
				[contactUuid(1), 'whatsapp:5511000000000', contactUuid(2)],
				[contactUuid(1), contactUuid(2)],
			]);
			expect(r.json).toEqual([
				{ success: true, action: 'block', contact: contactUuid(1) },
				{
					error: 'Weni error 400: contacts: No such object: whatsapp:5511000000000',
					description:
						'Weni refused the request; nothing was done for this item. Correct the values and run again.',
					httpCode: '400',
				},
				{ success: true, action: 'block', contact: contactUuid(2) },
			]);
			expect(bed.fake.actions).toHaveLength(1);
		});

		test('a failure that names no contact fails the whole chunk', async () => {
			const items = [{ contact: contactUuid(1) }, { contact: contactUuid(2) }];
			const r = await applyToEach(
				{ contactAction: 'add', group: GROUP_SMART },
				{ items, continueOnFail: true },
			);
			expect(bed.fake.requests).toHaveLength(1);
			expect(r.json.map((j) => j.error)).toEqual(
				Array(2).fill(
					'Weni error 400: group: Contact group must not be query based: 5f05311e-8f81-4a67-a5b5-1501b6d6496a',
				),
			);
		});

		test('an invalid item stops the run before anything is sent', async () => {
			const items = aroundContacts('5511999999999');
			const r = await applyToEach({ contactAction: 'block' }, { items });
			expectRefused(
				bed,
				r,
				'"Contact" must be a contact UUID or a URN such as tel:+14155550123 (got "5511999999999") [item 1]',
			);
		});

		test('with Continue On Fail the invalid item becomes an error item and the others are sent together', async () => {
			const items = aroundContacts('tel:12345');
			const r = await applyToEach({ contactAction: 'unblock' }, { items, continueOnFail: true });
			expect(bed.fake.requests.map((q) => q.body)).toEqual([
				{ contacts: [contactUuid(1), contactUuid(2)], action: 'unblock' },
			]);
			expect(r.json[1]).toEqual({
				error:
					'"Contact" must be a tel URN with an international number, like tel:+14155550123 (got "tel:12345") [item 1]',
				description: 'Start with + and the country code; 7 to 15 digits.',
			});
			expect(r.json[2]).toEqual({ success: true, action: 'unblock', contact: contactUuid(2) });
		});
	});

	describe('rate limits and retries', () => {
		test('a 429 with Retry-After on a read is waited out and retried', async () => {
			bed.fake.failNext(throttled('1'));
			const started = Date.now();
			const r = await bed.run({ resource: 'field', operation: 'getAll', returnAll: true });
			expect(Date.now() - started).toBeGreaterThanOrEqual(950);
			expect(r.error).toBeUndefined();
			expect(bed.calls()).toEqual(['GET /api/v2/fields.json', 'GET /api/v2/fields.json']);
			expect(r.json).toHaveLength(2);
		});

		test('a 429 in the middle of Return All retries that page only', async () => {
			bed.fake.failNext(throttled('0'), 1, (q) => Boolean(q.query.cursor));
			const r = await bed.run({ resource: 'contact', operation: 'getAll', returnAll: true });
			expect(r.json).toHaveLength(600);
			expect(bed.fake.requests).toHaveLength(4);
			expect(bed.fake.requests[1].query.cursor).toBe(bed.fake.requests[2].query.cursor);
		});

		// DRF throttles in APIView.initial() before the handler runs, so a write that got 429 did nothing
		// (audit W4): it is sent again after Retry-After, once.
		test('a 429 on a write is waited out and sent again; the message goes out once', async () => {
			bed.fake.failNext(throttled('1'));
			const r = await bed.run({
				resource: 'message',
				operation: 'send',
				contact: contactUuid(1),
				text: 'Hi',
			});
			expect(r.error).toBeUndefined();
			expect(bed.calls()).toEqual([sendCall, sendCall]);
			expect(sent()).toHaveLength(1);
		});

		test('a 429 on a bulk contact action is sent again too', async () => {
			bed.fake.failNext(throttled('0'));
			const r = await bed.run(
				{
					resource: 'contact',
					operation: 'applyAction',
					contactAction: 'block',
					contact: '={{ $json.c }}',
				},
				{ items: [{ c: contactUuid(1) }, { c: contactUuid(2) }] },
			);
			expect(r.error).toBeUndefined();
			expect(bed.fake.requests).toHaveLength(2);
			expect(bed.fake.actions).toHaveLength(1);
		});

		test('any other failure of a write is never repeated', async () => {
			bed.fake.failNext({ status: 503, body: { detail: 'Service unavailable' } });
			const r = await bed.run({
				resource: 'message',
				operation: 'send',
				contact: contactUuid(1),
				text: 'Hi',
			});
			expect(bed.calls()).toEqual([sendCall]);
			expect(r.error?.name).toBe('NodeApiError');
			expect((r.error as NodeApiError).httpCode).toBe('503');
			expect(sent()).toHaveLength(0);
		});

		test('a read still throttled after every attempt is reported', async () => {
			bed.fake.failNext(throttled('0'), 10);
			const r = await bed.run({ resource: 'group', operation: 'getAll', limit: 5 });
			expect(bed.fake.requests).toHaveLength(RETRY_POLICY.maxAttempts);
			expect(r.error?.message).toBe(
				'Weni error 429: Request was throttled. Expected available in 0 second.',
			);
		});
	});

	describe("errors in Weni's words", () => {
		test('field errors name the field, list errors the index', async () => {
			const r = await bed.run({
				resource: 'contact',
				operation: 'create',
				urns: { urn: [{ scheme: 'whatsapp', urnValue: contactUrn(1) }] },
			});
			expect(r.error?.message).toBe('Weni error 400: urns[0]: URN is in use by another contact.');
			const r2 = await bed.run({
				resource: 'flow',
				operation: 'start',
				flow: FLOW_ONBOARDING,
				contacts: 'c0000000-0000-4000-8000-999999999999',
			});
			expect(r2.error?.message).toBe(
				'Weni error 400: contacts: No such object: c0000000-0000-4000-8000-999999999999',
			);
		});

		test('non_field_errors are given as they are', async () => {
			bed.fake.failNext({
				status: 400,
				body: { non_field_errors: ['Must provide either text or attachments.'] },
			});
			const r = await bed.run({
				resource: 'broadcast',
				operation: 'send',
				text: 'x',
				groups: [GROUP_VIP],
			});
			expect(r.error?.message).toBe('Weni error 400: Must provide either text or attachments.');
		});

		test('many field errors are cut after five', async () => {
			const body = Object.fromEntries(
				['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((k) => [k, [`bad ${k}`]]),
			);
			bed.fake.failNext({ status: 400, body });
			const r = await bed.run({ resource: 'group', operation: 'create', name: 'New' });
			expect(r.error?.message).toBe(
				'Weni error 400: a: bad a; b: bad b; c: bad c; d: bad d; e: bad e; and 2 more',
			);
		});

		test("a wrong token: 401 with Weni's detail, and the token never shows", async () => {
			const wrong = testKey('wrong');
			const r = await bed.run(
				{ resource: 'group', operation: 'getAll', limit: 1 },
				{ credentials: { weniApi: { ...bed.credentials.weniApi, apiToken: wrong } } },
			);
			expect(r.error?.message).toBe('Weni error 401: Invalid token.');
			expect(JSON.stringify({ m: r.error?.message, d: r.error?.description })).not.toContain(wrong);
			expect(bed.last().headers.authorization).toBe(`Token ${wrong}`);
		});

		test('a base URL that reaches no API says so', async () => {
			bed.fake.failNext({ status: 404, raw: '<html><body>Not Found</body></html>' });
			const r = await bed.run({ resource: 'label', operation: 'getAll', limit: 1 });
			expect(r.error?.message).toBe('Weni error 404: Not found');
			expect(r.error?.description).toMatch(/HTML page.*Base URL/);
		});
	});

	describe('validation before any request', () => {
		test.each([
			[
				'tel without country code',
				{ contactUrn: 'tel:0987877' },
				'"Contact URN" must be a tel URN with an international number, like tel:+14155550123 (got "tel:0987877") [item 0]',
			],
			[
				'whatsapp with letters',
				{ contactUrn: 'whatsapp:abc' },
				'"Contact URN" must be a whatsapp URN with the country code and number, like whatsapp:5582999990000 (got "whatsapp:abc") [item 0]',
			],
			[
				'mailto without an email',
				{ contactUrn: 'mailto:manu' },
				'"Contact URN" must be a mailto URN with an email address, like mailto:ana@example.com (got "mailto:manu") [item 0]',
			],
			[
				'no scheme',
				{ contactUrn: '+5582999990000' },
				'"Contact URN" must be a URN such as tel:+14155550123, whatsapp:14155550123, mailto:ana@example.com or ext:12345 (got "+5582999990000") [item 0]',
			],
			[
				'ext with spaces',
				{ contactUrn: 'ext:a b' },
				'"Contact URN" must not contain spaces (got "ext:a b") [item 0]',
			],
		])('a URN %s is refused', async (_label, change, message) => {
			const r = await bed.run({
				resource: 'contact',
				operation: 'update',
				by: 'urn',
				name: 'X',
				...change,
			});
			expect(r.error?.name).toBe('NodeOperationError');
			expectRefused(bed, r, message);
		});

		test.each([
			[
				{ resource: 'contact', operation: 'update', by: 'uuid', contactUuid: 'abc', name: 'X' },
				'"Contact" must be a UUID like 6685e933-26e1-4363-a468-8f7268ab63a9 (got "abc") [item 0]',
			],
			[
				{ resource: 'contact', operation: 'update', by: 'uuid', contactUuid: contactUuid(1) },
				'"Update Fields" is required [item 0]',
			],
			[{ resource: 'contact', operation: 'create' }, '"URNs" is required [item 0]'],
			[
				{
					resource: 'contact',
					operation: 'create',
					name: 'A',
					additionalFields: { language: 'pt' },
				},
				'"Language Name or ID" must be a three-letter ISO 639-3 code such as por (got "pt") [item 0]',
			],
			[
				{ resource: 'contact', operation: 'create', name: 'x'.repeat(65) },
				'"Name" is longer than 64 characters (65) [item 0]',
			],
			[
				{
					resource: 'contact',
					operation: 'create',
					urns: { urn: [{ scheme: 'mailto', urnValue: 'manu-at-weni' }] },
				},
				// The scheme was picked in its own field: the error speaks of the address only.
				'"URN Value" must be an email address, like ana@example.com (got "manu-at-weni") [item 0]',
			],
			[
				{
					resource: 'contact',
					operation: 'create',
					name: 'A',
					fieldValues: { field: [{ key: 'Nick Name', fieldValue: 'x' }] },
				},
				'"Field Name or ID" must be a field key such as nick_name (got "Nick Name") [item 0]',
			],
			[
				{ resource: 'field', operation: 'create', name: 'Nick_name', type: 'text' },
				'"Name" must start with a letter and contain only letters, numbers, spaces and hyphens (got "Nick_name") [item 0]',
			],
			[
				{ resource: 'field', operation: 'create', name: 'Age', type: 'numeric' },
				'"Type" must be one of text, number, datetime, state, district, ward (got "numeric") [item 0]',
			],
			[
				{ resource: 'field', operation: 'update', key: 'age', type: 'keep' },
				'"New Name" is required [item 0]',
			],
			[
				{ resource: 'group', operation: 'create', name: 'say "hi"' },
				'"Name" must not contain " or \\ (got "say "hi"") [item 0]',
			],
			[
				{ resource: 'group', operation: 'delete', group: 'VIP' },
				'"Group" must be a UUID like 6685e933-26e1-4363-a468-8f7268ab63a9 (got "VIP") [item 0]',
			],
			[
				{ resource: 'flow', operation: 'start', flow: FLOW_ONBOARDING },
				'"Contacts" is required [item 0]',
			],
			[
				{
					resource: 'flow',
					operation: 'start',
					flow: FLOW_ONBOARDING,
					groups: [GROUP_VIP],
					options: { params: '[1]' },
				},
				'"Params" must be a JSON object, like {"key": "value"} [item 0]',
			],
			[
				{
					resource: 'flow',
					operation: 'start',
					flow: FLOW_ONBOARDING,
					groups: [GROUP_VIP],
					options: { params: `{"a":"${'x'.repeat(10_000)}"}` },
				},
				'"Params" must be at most 10,000 characters as Weni encodes it (got 10009) [item 0]',
			],
			[
				{
					resource: 'flow',
					operation: 'start',
					flow: FLOW_ONBOARDING,
					urns: Array(101).fill('tel:+14155550123').join(','),
				},
				'"URNs" can hold at most 100 entries (got 101) [item 0]',
			],
			[
				{ resource: 'broadcast', operation: 'send', groups: [GROUP_VIP] },
				'"Text" is required [item 0]',
			],
			[{ resource: 'broadcast', operation: 'send', text: 'Hi' }, '"Contacts" is required [item 0]'],
			[
				{
					resource: 'message',
					operation: 'send',
					contact: contactUuid(1),
					text: 'x',
					options: { attachments: 'https://example.com/a.jpg' },
				},
				'"Attachments" must be content-type:URL, like image/jpeg:https://example.com/photo.jpg, or a media UUID (got "https://example.com/a.jpg") [item 0]',
			],
			[
				{ resource: 'message', operation: 'send', contact: 'whatsapp:99999-0001', text: 'Hi' },
				'"Contact" must start with the country code (got "whatsapp:99999-0001") [item 0]',
			],
			[
				{ resource: 'message', operation: 'send', contact: contactUuid(1), text: 'x'.repeat(4097) },
				'"Text" is longer than 4096 characters (4097) [item 0]',
			],
			[
				{
					resource: 'message',
					operation: 'getAll',
					filterBy: 'contact',
					contact: '14155550123',
				},
				'"Contact" must be a contact UUID or a URN such as tel:+14155550123 (got "14155550123") [item 0]',
			],
			[
				{ resource: 'contact', operation: 'getAll', limit: 5, filters: { after: 'yesterday' } },
				'"Modified After" must be a date and time, like 2026-01-31T09:00:00Z (got "yesterday") [item 0]',
			],
			[
				{ resource: 'contact', operation: 'getAll', limit: 0 },
				'"Limit" must be at least 1 [item 0]',
			],
		])('%j is refused with no request sent', async (parameters, message) => {
			const r = await bed.run(parameters);
			expectRefused(bed, r, message);
		});
	});

	describe('Continue On Fail', () => {
		test('failed items become error items paired with their input; the others run', async () => {
			const r = await bed.run(
				{ resource: 'message', operation: 'send', contact: '={{ $json.to }}', text: 'Hello' },
				{
					items: [
						{ to: contactUrn(1) },
						{ to: 'whatsapp:12' },
						{ to: 'whatsapp:5511000000000' },
						{ to: contactUuid(2) },
					],
					continueOnFail: true,
				},
			);
			expect(r.error).toBeUndefined();
			expect(r.json).toHaveLength(4);
			expect(r.json[1]).toEqual({
				error:
					'"Contact" must be a whatsapp URN with the country code and number, like whatsapp:5582999990000 (got "whatsapp:12") [item 1]',
				description: 'The country code and number, digits only; a leading + is allowed.',
			});
			if (flows) {
				// A whatsapp_broadcast takes URNs of new contacts: only the invalid item fails.
				expect(r.json[0]).toMatchObject({ status: 'queued', urns: [contactUrn(1)] });
				expect(r.json[2]).toMatchObject({ status: 'queued', urns: ['whatsapp:5511000000000'] });
				expect(r.json[3]).toMatchObject({
					contacts: [{ uuid: contactUuid(2), name: 'Contact 2' }],
				});
			} else {
				expect(r.json[0]).toMatchObject({ direction: 'out', contact: { uuid: contactUuid(1) } });
				expect(r.json[2]).toEqual({
					error: 'Weni error 400: contact: No such object: whatsapp:5511000000000',
					description:
						'Weni refused the request; nothing was done for this item. Correct the values and run again.',
					httpCode: '400',
				});
				expect(r.json[3]).toMatchObject({ contact: { uuid: contactUuid(2) } });
			}
			expect(r.items.map((i) => i.pairedItem)).toEqual([
				{ item: 0 },
				{ item: 1 },
				{ item: 2 },
				{ item: 3 },
			]);
			expect(bed.fake.requests).toHaveLength(3);
		});

		test('without it the run stops at the failing item', async () => {
			const r = await bed.run(
				{ resource: 'message', operation: 'send', contact: '={{ $json.to }}', text: 'Hello' },
				{ items: [{ to: contactUrn(1) }, { to: 'nope' }, { to: contactUrn(2) }] },
			);
			expect(r.error?.message).toMatch(/\[item 1\]$/);
			// Items run in parallel: item 2 may already be on its way when item 1 fails; item 1 is never sent.
			expect(bed.fake.requests.length).toBeGreaterThanOrEqual(1);
			expect(JSON.stringify(bed.fake.requests.map((q) => q.body))).not.toContain('nope');
		});

		test('the credential is read once per run, not per item or page', async () => {
			const r = await bed.run(
				{ resource: 'contact', operation: 'getAll', returnAll: true },
				{ items: [{}, {}] },
			);
			expect(r.json).toHaveLength(1200);
			expect(bed.fake.requests).toHaveLength(6);
			expect(r.credentialReads).toBe(1);
		});
	});

	describe('flow start for many items', () => {
		const urnItems = (n: number, from = 0) =>
			Array.from({ length: n }, (_, i) => ({
				urn: `whatsapp:55119${String(from + i).padStart(8, '0')}`,
			}));

		test('1,000 URN items start the flow in 10 requests of 100, and every item gets its start', async () => {
			const r = await bed.run(
				{
					resource: 'flow',
					operation: 'start',
					flow: FLOW_ONBOARDING,
					urns: '={{ $json.urn }}',
					options: { params: { campaign: 'nov' } },
				},
				{ items: urnItems(1000) },
			);
			expect(r.error).toBeUndefined();
			expect(bed.calls()).toEqual(Array(10).fill('POST /api/v2/flow_starts.json'));
			const bodies = bed.fake.requests.map(
				(q) => q.body as { urns: string[]; flow: string; params: unknown },
			);
			expect(bodies.map((b) => b.urns.length)).toEqual(Array(10).fill(100));
			expect(bodies[3]).toMatchObject({ flow: FLOW_ONBOARDING, params: { campaign: 'nov' } });
			expect(bodies[3].urns[0]).toBe('whatsapp:5511900000300');
			expect(r.json).toHaveLength(1000);
			expect(r.items.map((i) => (i.pairedItem as { item: number }).item)).toEqual(
				Array.from({ length: 1000 }, (_, i) => i),
			);
			expect(new Set(r.json.map((j) => j.uuid)).size).toBe(10);
			expect(r.json[0]).toMatchObject({ status: 'pending', combined_items: 100 });
		});

		test('items with different flows or options never share a start; Combine Items off sends one per item', async () => {
			await bed.run(
				{
					resource: 'flow',
					operation: 'start',
					flow: FLOW_ONBOARDING,
					urns: '={{ $json.urn }}',
					options: { restart_participants: '={{ $json.restart }}' },
				},
				{
					items: [
						...urnItems(2).map((i) => ({ ...i, restart: true })),
						...urnItems(2, 2).map((i) => ({ ...i, restart: false })),
					],
				},
			);
			expect(bed.fake.requests.map((q) => (q.body as { urns: string[] }).urns.length)).toEqual([
				2, 2,
			]);
			bed.fake.requests.length = 0;
			await bed.run(
				{
					resource: 'flow',
					operation: 'start',
					flow: FLOW_ONBOARDING,
					urns: '={{ $json.urn }}',
					options: { combineItems: false },
				},
				{ items: urnItems(3) },
			);
			expect(bed.fake.requests).toHaveLength(3);
		});

		test('a refused combined start fails the items it carried, once (a write is not repeated)', async () => {
			bed.fake.failNext({ status: 400, body: { urns: ['Invalid URN: whatsapp:x'] } });
			const r = await bed.run(
				{ resource: 'flow', operation: 'start', flow: FLOW_ONBOARDING, urns: '={{ $json.urn }}' },
				{ items: urnItems(150), continueOnFail: true },
			);
			expect(bed.fake.requests).toHaveLength(2);
			expect(
				r.json.slice(0, 100).every((j) => typeof j.error === 'string' && j.httpCode === '400'),
			).toBe(true);
			expect(r.json.slice(100).every((j) => j.status === 'pending')).toBe(true);
		});
	});
});

describe('Weni Send: one contact written two ways is one recipient', () => {
	const bed = generationBed('rapidpro', { contacts: 1 });

	test('its UUID in capitals and in lower case, 2 in parallel: the second waits for the first', async () => {
		const posts = () => bed.fake.requestsTo('POST', '/messages.json');
		const release = bed.fake.holdAnswers((r) => r.method === 'POST');
		const running = bed.run(
			{
				resource: 'message',
				operation: 'send',
				contact: '={{ $json.contact }}',
				text: '={{ $json.text }}',
				requestOptions: { parallel: 2 },
			},
			{
				items: [
					{ contact: contactUuid(1).toUpperCase(), text: 'message 0' },
					{ contact: contactUuid(1), text: 'message 1' },
				],
			},
		);
		try {
			for (let n = 0; n < 100 && posts().length === 0; n++) await sleep(20);
			// The first one's answer is held: the second, to the same contact, is not sent meanwhile.
			await sleep(300);
			expect(posts().map((q) => (q.body as IDataObject).text)).toEqual(['message 0']);
		} finally {
			release();
		}
		const r = await running;
		expect(r.error).toBeUndefined();
		expect(posts().map((q) => q.body)).toEqual([
			{ contact: contactUuid(1), text: 'message 0' },
			{ contact: contactUuid(1), text: 'message 1' },
		]);
	});
});
