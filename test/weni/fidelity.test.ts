import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import {
	contactUrn,
	contactUuid,
	FakeWeni,
	GROUP_SMART,
	GROUP_VIP,
	LABEL_URGENT,
	TEMPLATE_WELCOME,
	WENI_TOKEN,
} from '../fakes/weni';
import { FakeServer } from '../fakes/server';
import { expectRefused } from '../harness/expect';
import { loadOptions } from '../harness/methods';
import { pkg, type } from '../harness/package';
import { fileItem, GENERATIONS, generationBed, searchList } from './generations';
import { weniBed } from './setup';

/** The bytes of the picture served by URL (text, so the multipart record keeps them as sent). */
const JPEG = 'JFIF-test-picture';

/**
 * The findings of docs/api/weni-fork.md and audit-spoki-weni.md (W1–W11), each
 * against both APIs. Every test here failed on the node before the fix it names.
 */
describe.each(GENERATIONS)('%s', (generation) => {
	const flows = generation === 'flows';
	const bed = generationBed(generation, { contacts: 3 });
	/** Sends "x" to the first contact with these message options (and input items). */
	const sendX = (options: IDataObject, inputs?: INodeExecutionData[]) =>
		bed.run(
			{ resource: 'message', operation: 'send', contact: contactUuid(1), text: 'x', options },
			inputs && { inputs },
		);

	describe('attachments (W2): uploaded to media.json, refused before sending when the server cannot take them', () => {
		/** A public web server holding the files users attach by URL (no credential, not Weni). */
		const files = new FakeServer(
			'',
			() => undefined,
			() => ({ status: 404, raw: 'Not found' }),
		)
			.on('GET', '/promo.jpg', () => ({
				status: 200,
				raw: JPEG,
				headers: { 'content-type': 'image/jpeg' },
			}))
			.on('GET', '/login', () => ({ status: 200, raw: '<html>Sign in</html>' }))
			.on('GET', '/huge.jpg', () => ({
				status: 200,
				raw: 'x'.repeat(26 * 1_048_576),
				headers: { 'content-type': 'image/jpeg' },
			}));
		beforeAll(() => files.start());
		afterAll(() => files.stop());
		beforeEach(() => {
			files.requests.length = 0;
		});

		test("a binary file is uploaded in the server's form, then sent as what the upload answered", async () => {
			const r = await bed.run(
				{
					resource: 'message',
					operation: 'send',
					contact: contactUuid(1),
					text: 'Invoice',
					options: { binaryProperties: 'invoice' },
				},
				{ inputs: [fileItem('invoice', 'invoice.pdf', 'application/pdf', '%PDF-1.4 test')] },
			);
			expect(r.error).toBeUndefined();
			const upload = bed.fake.requests[0];
			expect(`${upload.method} ${upload.path}`).toBe('POST /api/v2/media.json');
			expect(String(upload.headers['content-type'])).toMatch(/^multipart\/form-data; boundary=/);
			if (flows) {
				// weni-ai/flows MediaEndpoint: media_file + extension → {location}; the send carries content-type:location.
				expect(upload.rawBody).toContain('name="media_file"; filename="invoice.pdf"');
				expect(upload.rawBody).toMatch(/name="extension"\r\n\r\npdf\r\n/);
				const location = String(bed.fake.media[0].location);
				expect(bed.last().path).toBe('/api/v2/whatsapp_broadcasts.json');
				expect(bed.last().body).toEqual({
					contacts: [contactUuid(1)],
					msg: { text: 'Invoice', attachments: [`application/pdf:${location}`] },
				});
			} else {
				// weni-ai/rapidpro MediaWriteSerializer: `file` → Media; the send carries its UUID.
				expect(upload.rawBody).toContain('name="file"; filename="invoice.pdf"');
				expect(bed.last().path).toBe('/api/v2/messages.json');
				expect(bed.last().body).toEqual({
					contact: contactUuid(1),
					text: 'Invoice',
					attachments: [bed.fake.media[0].uuid],
				});
				expect(r.json[0].attachments).toEqual([
					expect.objectContaining({ content_type: 'application/pdf' }),
				]);
			}
		});

		test('an upload answer without what the server should return stops the item: nothing is sent', async () => {
			bed.fake.failNext({ status: 201, body: {} });
			const r = await sendX({ binaryProperties: 'data' }, [
				fileItem('data', 'a.png', 'image/png', 'png'),
			]);
			expect(r.error?.message).toBe(
				`Weni accepted the upload but its answer has no ${flows ? 'location' : 'uuid'} to attach [item 0]`,
			);
			expect(bed.calls()).toEqual(['POST /api/v2/media.json']);
		});

		test('a file over 25 MB is refused before anything is uploaded or sent', async () => {
			const big = Buffer.alloc(25 * 1024 * 1024 + 1, 65);
			const r = await sendX({ binaryProperties: 'data' }, [
				fileItem('data', 'big.mp4', 'video/mp4', big),
			]);
			expect(r.error?.message).toMatch(
				/^"Input Binary Field" names a file of 25\.0 MB; .* takes at most 25 MB \[item 0\]$/,
			);
			expect(bed.fake.requests).toHaveLength(0);
		});

		test('a missing binary field names the field and the item', async () => {
			const r = await sendX({ binaryProperties: 'photo' });
			expectRefused(
				bed,
				r,
				'"Input Binary Field" names no binary file: the input item has no binary field "photo" [item 0]',
			);
		});

		test('a public URL goes as it is on Weni Flows; on RapidPro, which attaches only media it stores, it is downloaded (without the credential) and uploaded to media.json', async () => {
			const url = `image/jpeg:${files.baseUrl}/promo.jpg`;
			const r = await sendX({ attachments: url });
			expect(r.error).toBeUndefined();
			if (flows) {
				expect(files.requests).toHaveLength(0);
				expect(bed.last().body).toEqual({
					contacts: [contactUuid(1)],
					msg: { text: 'x', attachments: [url] },
				});
			} else {
				expect(files.requests.map((q) => `${q.method} ${q.path}`)).toEqual(['GET /promo.jpg']);
				expect(files.requests[0].headers.authorization).toBeUndefined();
				expect(bed.calls()).toEqual(['POST /api/v2/media.json', 'POST /api/v2/messages.json']);
				expect(bed.fake.media).toEqual([
					expect.objectContaining({
						filename: 'promo.jpg',
						content_type: 'image/jpeg',
						size: JPEG.length,
					}),
				]);
				expect(bed.fake.requests[0].rawBody).toContain(JPEG);
				expect(bed.last().body).toEqual({
					contact: contactUuid(1),
					text: 'x',
					attachments: [bed.fake.media[0].uuid],
				});
			}
		});

		// Weni Flows has no media UUIDs (refused, tested below): this order exists on RapidPro only.
		(flows ? test.skip : test)(
			'on RapidPro, attachments keep their order: a media UUID as given, a public URL replaced by its upload, then binary files',
			async () => {
				const own = 'c0ffee00-1111-4222-8333-444455556666';
				bed.fake.media.push({
					uuid: own,
					content_type: 'image/png',
					url: `https://rapidpro-media.example/${own}/a.png`,
				});
				const r = await sendX(
					{
						attachments: `image/jpeg:${files.baseUrl}/promo.jpg\n${own}`,
						binaryProperties: 'invoice',
					},
					[fileItem('invoice', 'invoice.pdf', 'application/pdf', '%PDF-1.4 test')],
				);
				expect(r.error).toBeUndefined();
				const uploaded = bed.fake.media.slice(1).map((m) => m.uuid);
				expect(bed.fake.media.slice(1).map((m) => m.filename)).toEqual([
					'promo.jpg',
					'invoice.pdf',
				]);
				expect(bed.last().body).toEqual(
					expect.objectContaining({ attachments: [uploaded[0], own, uploaded[1]] }),
				);
			},
		);

		test.each([
			[
				'a page instead of the file',
				'image/jpeg:{files}/login',
				/^"Attachments" names a image\/jpeg file, but 127\.0\.0\.1:\d+ served text\/html \(got ".*"\) \[item 0\]$/,
			],
			[
				'a missing file',
				'image/jpeg:{files}/gone.jpg',
				/^"Attachments" could not be downloaded: HTTP 404 from 127\.0\.0\.1:\d+ \[item 0\]$/,
			],
			[
				'a file over 25 MB',
				'image/jpeg:{files}/huge.jpg',
				/^"Attachments" is (26\.0 MB, )?larger than the 25 MB limit \[item 0\]$/,
			],
			[
				'a type RapidPro cannot store',
				'application/zip:{files}/promo.zip',
				/^"Attachments" is a application\/zip file, a type RapidPro does not take \(got ".*"\) \[item 0\]$/,
			],
		])(
			'%s: refused on RapidPro before anything is uploaded or sent; sent as given on Weni Flows',
			async (_what, attachment, message) => {
				const given = attachment.replace('{files}', files.baseUrl);
				const r = await sendX({ attachments: given });
				if (flows) {
					expect(r.error).toBeUndefined();
					expect(files.requests).toHaveLength(0);
					expect(bed.last().body).toEqual({
						contacts: [contactUuid(1)],
						msg: { text: 'x', attachments: [given] },
					});
				} else {
					expect(r.error?.message).toMatch(message);
					expect(bed.fake.requests).toHaveLength(0);
				}
			},
		);

		test('a media UUID is refused on Weni Flows (no Media objects there)', async () => {
			const r = await sendX({ attachments: 'c0ffee00-1111-4222-8333-444455556666' });
			if (flows) {
				expect(r.error?.message).toMatch(/^"Attachments" must be content-type:URL on Weni Flows/);
				expect(bed.fake.requests).toHaveLength(0);
			} else {
				// Unknown to this RapidPro: its own 400 ("No such object"), in its words.
				expect(r.error?.message).toBe(
					'Weni error 400: attachments: No such object: c0ffee00-1111-4222-8333-444455556666',
				);
			}
		});

		test('RapidPro refuses a file type it cannot store, before uploading; Weni Flows stores it', async () => {
			const r = await sendX({ binaryProperties: 'data' }, [
				fileItem(
					'data',
					'sheet.xlsx',
					'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
					'xlsx',
				),
			]);
			if (flows) {
				expect(r.error).toBeUndefined();
				expect(bed.calls()).toEqual([
					'POST /api/v2/media.json',
					'POST /api/v2/whatsapp_broadcasts.json',
				]);
			} else {
				expect(r.error?.message).toMatch(
					/^"Input Binary Field" names a application\/vnd\.openxml.* file, a type RapidPro does not take \[item 0\]$/,
				);
				expect(bed.fake.requests).toHaveLength(0);
			}
		});
	});

	describe("URN schemes (W3): each server's own URN.SCHEME_CHOICES", () => {
		test.each([
			['weniwebchat:abc123', true, true],
			['discord:998877', true, false],
			['webchat:abc', false, true],
			['weni:abc', false, false],
		])('%s as a Full URN', async (urn, onFlows, onRapidPro) => {
			const r = await bed.run({
				resource: 'contact',
				operation: 'create',
				urns: { urn: [{ scheme: 'urn', urnValue: urn }] },
			});
			const accepted = flows ? onFlows : onRapidPro;
			if (accepted) {
				expect(r.error).toBeUndefined();
				expect(bed.last().body).toEqual({ urns: [urn] });
			} else {
				expect(r.error?.message).toMatch(
					/^"URN Value" (Weni Flows does not know|RapidPro does not know|has an unknown) scheme/,
				);
				expect(bed.fake.requests).toHaveLength(0);
			}
		});

		test('a typed URN in a flow start is checked against the same list', async () => {
			const r = await bed.run({
				resource: 'flow',
				operation: 'start',
				flow: 'f5901b62-ba76-4003-9c62-72fdacc1b7b7',
				urns: 'discord:12345',
			});
			if (flows) expect(r.error).toBeUndefined();
			else {
				expectRefused(
					bed,
					r,
					'"URNs" RapidPro does not know scheme "discord" (got "discord:12345") [item 0]',
				);
			}
		});
	});

	test('Apply Action (W6): a contact RapidPro names by UUID fails alone, though the item gave its URN', async () => {
		bed.fake.contacts[1].status = 'blocked';
		const items = [1, 2, 3].map((i) => ({ contact: contactUrn(i) }));
		const r = await bed.run(
			{
				resource: 'contact',
				operation: 'applyAction',
				contactAction: 'add',
				group: GROUP_VIP,
				contact: '={{ $json.contact }}',
			},
			{ items, continueOnFail: true },
		);
		expect(r.error).toBeUndefined();
		expect(r.json[0]).toEqual({
			success: true,
			action: 'add',
			contact: contactUrn(1),
			group: GROUP_VIP,
		});
		expect(r.json[1].error).toBe(
			`Weni error 400: Non-active contacts cannot be added to groups: ${contactUuid(2)}`,
		);
		expect(r.json[2]).toEqual({
			success: true,
			action: 'add',
			contact: contactUrn(3),
			group: GROUP_VIP,
		});
		expect(bed.fake.actions).toEqual([
			{ action: 'add', contacts: [contactUrn(1), contactUrn(3)], group: GROUP_VIP },
		]);
		// The UUID RapidPro named is read back once to find its URNs.
		expect(bed.fake.requestsTo('GET', '/contacts.json').map((q) => q.query)).toEqual([
			{ uuid: contactUuid(2) },
		]);
	});

	test('flow start params (W7) are measured as Python json.dumps measures them', async () => {
		// 4,990 "é" are 5,004 characters for JSON.stringify but 29,952 for json.dumps (\u00e9 each).
		const r = await bed.run({
			resource: 'flow',
			operation: 'start',
			flow: 'f5901b62-ba76-4003-9c62-72fdacc1b7b7',
			groups: [GROUP_VIP],
			options: { params: { note: 'é'.repeat(4990) } },
		});
		expectRefused(
			bed,
			r,
			'"Params" must be at most 10,000 characters as Weni encodes it (got 29952) [item 0]',
		);
	});

	test('params Weni Flows would alter silently (normalize_extra) are refused there, sent as they are on RapidPro', async () => {
		const r = await bed.run({
			resource: 'flow',
			operation: 'start',
			flow: 'f5901b62-ba76-4003-9c62-72fdacc1b7b7',
			groups: [GROUP_VIP],
			options: { params: { 'order-id': 42, note: 'x'.repeat(700) } },
		});
		if (flows) {
			expectRefused(
				bed,
				r,
				'"Params" cannot be sent as they are: the key "order-id" would be renamed by Weni Flows (only letters, digits and _ are kept) [item 0]',
			);
		} else {
			expect(r.error).toBeUndefined();
			expect(bed.last().body).toMatchObject({ params: { 'order-id': 42, note: 'x'.repeat(700) } });
		}
	});

	test('Send Template goes through whatsapp_broadcasts with msg.template on Weni Flows; refused on RapidPro', async () => {
		const r = await bed.run({
			resource: 'message',
			operation: 'sendTemplate',
			contact: contactUrn(1),
			template: { __rl: true, mode: 'list', value: TEMPLATE_WELCOME },
			variables: '@contact.name, 12/10',
			locale: 'pt-BR',
		});
		if (flows) {
			expect(r.error).toBeUndefined();
			// The template is read first, so a wrong number of values is refused before sending.
			expect(bed.calls()).toEqual([
				'GET /api/v2/templates.json',
				'POST /api/v2/whatsapp_broadcasts.json',
			]);
			expect(bed.last().body).toEqual({
				urns: [contactUrn(1)],
				msg: {
					template: {
						uuid: TEMPLATE_WELCOME,
						variables: ['@contact.name', '12/10'],
						locale: 'pt-BR',
					},
				},
			});
			expect(r.json[0]).toMatchObject({ status: 'queued', urns: [contactUrn(1)] });
			const listed = await searchList('searchTemplates', bed.credentials, 'welcome');
			expect(listed.results).toEqual([{ name: 'welcome_message (por)', value: TEMPLATE_WELCOME }]);
		} else {
			expectRefused(
				bed,
				r,
				'"Operation" needs Weni Flows to send a template: RapidPro\'s API v2 sends no WhatsApp templates [item 0]',
			);
			// The template list says the same, not "404: Not found".
			await expect(searchList('searchTemplates', bed.credentials, '')).rejects.toThrow(
				"WhatsApp templates need Weni Flows: RapidPro's API v2 has no templates",
			);
		}
	});

	test('group delete help (W9) names what really blocks it', () => {
		const operation = pkg.nodes[type('weni')].description.properties.find(
			(p) => p.name === 'operation' && p.displayOptions?.show?.resource?.includes('group'),
		);
		const del = operation?.options?.find((o) => 'value' in o && o.value === 'delete') as {
			description: string;
		};
		expect(del.description).toMatch(/active trigger or campaign/);
		expect(del.description).not.toMatch(/flow or trigger cannot/);
	});

	describe('dropdowns and lists offer only what the server accepts', () => {
		test('groups for writes leave smart groups out (W5); filters keep them', async () => {
			const statics = await loadOptions(pkg, type('weni'), 'getStaticGroups', {}, bed.credentials);
			expect(statics).toEqual([{ name: 'VIP', value: GROUP_VIP }]);
			const all = await loadOptions(pkg, type('weni'), 'getGroups', {}, bed.credentials);
			expect(all.map((o) => o.value)).toEqual([GROUP_SMART, GROUP_VIP]);
			expect((await searchList('searchStaticGroups', bed.credentials)).results).toEqual([
				{ name: 'VIP', value: GROUP_VIP },
			]);
		});

		test('message folders (W1): Incoming on Weni Flows only', async () => {
			const folders = (
				await loadOptions(pkg, type('weni'), 'getMessageFolders', {}, bed.credentials)
			).map((o) => o.value);
			expect(folders.includes('incoming')).toBe(flows);
			expect(folders).toEqual(
				expect.arrayContaining(['inbox', 'flows', 'archived', 'outbox', 'failed', 'sent']),
			);
		});

		test("languages are the workspace's own", async () => {
			const languages = await loadOptions(pkg, type('weni'), 'getLanguages', {}, bed.credentials);
			expect(languages).toEqual([
				{ name: 'eng', value: 'eng' },
				{ name: 'por', value: 'por' },
			]);
		});

		test('contact list search: by name on a page, by URN directly, paged by the cursor link', async () => {
			bed.fake.pageSize = 2;
			const first = await searchList('searchContacts', bed.credentials, 'contact');
			expect(first.results).toEqual([
				{ name: `Contact 1 (${contactUrn(1)})`, value: contactUuid(1) },
				{ name: `Contact 2 (${contactUrn(2)})`, value: contactUuid(2) },
			]);
			expect(first.paginationToken).toMatch(/cursor=/);
			const second = await searchList(
				'searchContacts',
				bed.credentials,
				'contact',
				first.paginationToken as string,
			);
			expect(second.results.map((c) => c.value)).toEqual([contactUuid(3)]);
			expect(second.paginationToken).toBeUndefined();
			const byUrn = await searchList('searchContacts', bed.credentials, contactUrn(2));
			expect(byUrn.results.map((c) => c.value)).toEqual([contactUuid(2)]);
			expect(bed.fake.requests.at(-1)?.query).toEqual({ urn: contactUrn(2) });
			bed.fake.pageSize = 250;
		});

		test('labels and flows are searched by name', async () => {
			expect((await searchList('searchLabels', bed.credentials, 'urg')).results).toEqual([
				{ name: 'Urgent', value: LABEL_URGENT },
			]);
			expect((await searchList('searchFlows', bed.credentials)).results.map((f) => f.name)).toEqual(
				['Onboarding'],
			);
		});
	});

	test('Message → Send to a tel: URN: RapidPro sends it; Weni Flows (WhatsApp and Webchat only) refuses it before sending', async () => {
		bed.fake.contacts[0].urns = ['tel:+14155550123'];
		const r = await bed.run({
			resource: 'message',
			operation: 'send',
			contact: 'tel:+14155550123',
			text: 'Hi',
		});
		if (flows) {
			expectRefused(
				bed,
				r,
				'"Contact" is a tel URN; Weni Flows sends single messages on WhatsApp and Weni Webchat only [item 0]',
			);
		} else {
			expect(r.error).toBeUndefined();
			expect(bed.last().body).toEqual({ contact: 'tel:+14155550123', text: 'Hi' });
		}
	});

	test('a contact picked from the list or By URL is read by its UUID', async () => {
		for (const value of [
			{ __rl: true, mode: 'list', value: contactUuid(2) },
			{ __rl: true, mode: 'url', value: `https://flows.weni.ai/contact/read/${contactUuid(2)}/` },
		]) {
			const r = await bed.run({
				resource: 'contact',
				operation: 'get',
				by: 'uuid',
				contactUuid: value,
			});
			expect(r.error).toBeUndefined();
			expect(bed.last().query).toEqual({ uuid: contactUuid(2) });
			expect(r.json[0].name).toBe('Contact 2');
		}
	});

	test('a flow picked By URL is started by the UUID in its URL', async () => {
		const flow = 'f5901b62-ba76-4003-9c62-72fdacc1b7b7';
		const r = await bed.run({
			resource: 'flow',
			operation: 'start',
			flow: { __rl: true, mode: 'url', value: `https://flows.weni.ai/flow/editor/${flow}/` },
			groups: [GROUP_VIP],
		});
		expect(r.error).toBeUndefined();
		expect(bed.last().body).toMatchObject({ flow });
	});
});

describe('detection of the API a workspace speaks (once per credential)', () => {
	const bed = weniBed();

	test.each(GENERATIONS)(
		'%s: told apart by the shape of fields.json, asked once, then remembered',
		async (generation) => {
			const fake = new FakeWeni('', { generation });
			const baseUrl = await fake.start();
			try {
				const credentials = { weniApi: { apiToken: WENI_TOKEN, baseUrl } };
				const first = await bed.run(
					{ resource: 'field', operation: 'create', name: 'Order count', type: 'number' },
					{ credentials },
				);
				expect(first.error).toBeUndefined();
				expect(fake.requests.map((q) => `${q.method} ${q.path}`)).toEqual([
					'GET /api/v2/fields.json',
					'POST /api/v2/fields.json',
				]);
				expect(fake.requests[1].body).toEqual(
					generation === 'flows'
						? { label: 'Order count', value_type: 'numeric' }
						: { name: 'Order count', type: 'number' },
				);
				fake.requests.length = 0;
				await bed.run(
					{ resource: 'field', operation: 'create', name: 'Visits', type: 'number' },
					{ credentials },
				);
				expect(fake.requests.map((q) => q.method)).toEqual(['POST']);
			} finally {
				await fake.stop();
			}
		},
	);

	test.each(GENERATIONS)(
		'%s: a workspace without fields is told apart by whatsapp_broadcasts.json',
		async (generation) => {
			const fake = new FakeWeni('', { generation });
			fake.fields = [];
			fake.seedContacts(1);
			const baseUrl = await fake.start();
			try {
				const credentials = { weniApi: { apiToken: WENI_TOKEN, baseUrl } };
				const r = await bed.run(
					{ resource: 'message', operation: 'send', contact: contactUrn(1), text: 'Hi' },
					{ credentials },
				);
				expect(r.error?.message).toBeUndefined();
				expect(fake.requests.map((q) => `${q.method} ${q.path}`)).toEqual([
					'GET /api/v2/fields.json',
					'GET /api/v2/whatsapp_broadcasts.json',
					generation === 'flows'
						? 'POST /api/v2/whatsapp_broadcasts.json'
						: 'POST /api/v2/messages.json',
				]);
			} finally {
				await fake.stop();
			}
		},
	);

	test('the credential option forces the flavour: no probe', async () => {
		const fake = new FakeWeni('', { generation: 'flows' });
		const baseUrl = await fake.start();
		try {
			const credentials = { weniApi: { apiToken: WENI_TOKEN, baseUrl, apiFlavour: 'flows' } };
			await bed.run(
				{ resource: 'field', operation: 'create', name: 'Score', type: 'number' },
				{ credentials },
			);
			expect(fake.requests.map((q) => `${q.method} ${q.path}`)).toEqual([
				'POST /api/v2/fields.json',
			]);
		} finally {
			await fake.stop();
		}
	});
});
