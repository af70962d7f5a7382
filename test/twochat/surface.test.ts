import type { IDataObject } from 'n8n-workflow';

import { expectBody, expectRefused, expectSent } from '../harness/expect';
import { operationRunner } from '../harness/operation';
import { twoChatBed } from './setup';

/*
 * 2Chat's surface: each operation's exact method, path, query and body against the
 * fake, whose routes cite 2Chat's docs, its agent skills or its own n8n node (test/fakes/twochat.ts).
 */
const bed = twoChatBed();
const run = operationRunner(bed);
const FROM = '+5215500000001';
const WABA = '+16173518454';
const rl = (value: string, mode = 'list') => ({ __rl: true, mode, value });
/** A WhatsApp Business operation on the WABA number (picked from its list). */
const waba = (operation: string, parameters: IDataObject) =>
	run('whatsappBusiness', operation, { wabaNumber: rl(WABA), ...parameters });
/** A group operation from the Sales number (picked from its list). */
const group = (operation: string, parameters: IDataObject) =>
	run('group', operation, { fromNumber: rl(FROM), ...parameters });
/** A Template Variables mapper value as the editor saves it. */
const mapper = (value: Record<string, string>, ids = Object.keys(value)) => ({
	mappingMode: 'defineBelow',
	value,
	matchingColumns: [],
	schema: ids.map((id) => ({
		id,
		displayName: `Variable {{${id}}}`,
		required: true,
		defaultMatch: false,
		display: true,
		type: 'string',
	})),
	attemptToConvertTypes: false,
	convertFieldsToString: true,
});

beforeAll(() => {
	bed.fake.seedMessages(3);
	bed.fake.seedConversations(25);
});

describe('WhatsApp Business (WABA)', () => {
	test('send text: POST /waba/send-message with from_number, to_number and text', async () => {
		const r = await waba('send', {
			toNumber: '+595 981 048 477',
			text: 'Your order shipped',
		});
		expectSent(bed, r, ['POST /open/waba/send-message']);
		expect(bed.last().query).toEqual({});
		expect(bed.last().body).toEqual({
			from_number: WABA,
			to_number: '+595981048477',
			text: 'Your order shipped',
		});
		expect(r.json).toEqual([
			{
				messageId: expect.stringMatching(/^MSG/),
				status: 'accepted',
				success: true,
				message_uuid: r.json[0].messageId,
				batched: false,
			},
		]);
	});

	test("send text with a media URL (as 2Chat's own node sends it)", async () => {
		const r = await run('whatsappBusiness', 'send', {
			wabaNumber: rl(WABA, 'id'),
			toNumber: '+595981048477',
			text: 'Invoice',
			options: { url: 'https://files.example.com/inv.pdf' },
		});
		expectBody(bed, r, {
			from_number: WABA,
			to_number: '+595981048477',
			text: 'Invoice',
			url: 'https://files.example.com/inv.pdf',
		});
	});

	test('send template: template_uuid and params.body in placeholder order, header values and media', async () => {
		const r = await waba('sendTemplate', {
			template: rl('TMP001'),
			toNumber: '+595981048477',
			// Saved in the order the editor loaded the fields: {{1}} then {{2}}.
			variables: mapper({ '2': 'TRK-98452', '1': 'Maria' }, ['1', '2']),
			header: {
				values: 'Spring, sale',
				mediaUrl: 'https://files.example.com/h.jpg',
				mediaFilename: 'h.jpg',
			},
		});
		expectSent(bed, r, ['POST /open/waba/send-message'], {
			from_number: WABA,
			to_number: '+595981048477',
			template_uuid: 'TMP001',
			params: {
				body: ['Maria', 'TRK-98452'],
				header: ['Spring', 'sale'],
				header_media_url: 'https://files.example.com/h.jpg',
				header_media_filename: 'h.jpg',
			},
		});
		expect(r.json[0]).toMatchObject({
			messageId: expect.stringMatching(/^MSG/),
			status: 'accepted',
		});
	});

	test('send template without variables: params is still sent, as the docs require', async () => {
		const r = await waba('sendTemplate', {
			template: rl('TMP002', 'id'),
			toNumber: '+595981048477',
		});
		expectBody(bed, r, {
			from_number: WABA,
			to_number: '+595981048477',
			template_uuid: 'TMP002',
			params: { body: [] },
		});
	});

	test('a required template variable left empty is refused before sending', async () => {
		const r = await waba('sendTemplate', {
			template: rl('TMP001'),
			toNumber: '+595981048477',
			variables: mapper({ '1': 'Maria', '2': ' ' }),
		});
		expect(r.error?.message).toBe('"Template Variables" is required [item 0]');
		expect(r.error?.description).toBe('Enter a value for Variable {{2}}.');
		expect(bed.fake.requests).toHaveLength(0);
	});

	test('get many numbers: GET /waba/numbers', async () => {
		const r = await run('whatsappBusiness', 'getAllNumbers', {
			returnAll: true,
		});
		expect(bed.calls()).toEqual(['GET /open/waba/numbers']);
		expect(bed.last().query).toEqual({});
		expect(r.json).toEqual([expect.objectContaining({ uuid: 'WAN111', phone_number: WABA })]);
	});

	test('sync templates: POST /waba/templates/sync?phone_number=, no body', async () => {
		const r = await waba('syncTemplates', {});
		expectSent(bed, r, ['POST /open/waba/templates/sync']);
		expect(bed.last().query).toEqual({ phone_number: WABA });
		expect(bed.last().body).toBeUndefined();
		expect(r.json[0]).toMatchObject({ success: true, is_syncing: true });
	});

	test("a sync that did not start fails the item with 2Chat's words; Continue On Fail gives it as an item", async () => {
		bed.fake.templateSyncStarts = false;
		try {
			const r = await waba('syncTemplates', {});
			expect(r.error?.message).toBe('2Chat error 200: Template sync could not be started.');
			const kept = await run(
				'whatsappBusiness',
				'syncTemplates',
				{ wabaNumber: rl(WABA) },
				{ items: [{}], continueOnFail: true },
			);
			expect(kept.json).toEqual([
				expect.objectContaining({ error: '2Chat error 200: Template sync could not be started.' }),
			]);
		} finally {
			bed.fake.templateSyncStarts = true;
		}
	});

	test('get a number: GET /waba/numbers/{uuid}', async () => {
		const r = await run('whatsappBusiness', 'getNumber', {
			wabaUuid: 'WAN111',
		});
		expect(bed.calls()).toEqual(['GET /open/waba/numbers/WAN111']);
		expect(r.json).toEqual([
			expect.objectContaining({ uuid: 'WAN111', friendly_name: 'Store WABA' }),
		]);
	});

	test('get many templates: every page, following next_page, phone_number with its +', async () => {
		const r = await waba('getAllTemplates', {
			returnAll: true,
		});
		expect(r.error).toBeUndefined();
		expect(
			bed.fake.requests.map((q) => `${q.method} ${q.path} ${JSON.stringify(q.query)}`),
		).toEqual([
			`GET /open/waba/templates {"phone_number":"${WABA}","page":"0"}`,
			`GET /open/waba/templates {"phone_number":"${WABA}","page":"1"}`,
		]);
		// Simplified by default: the placeholders are listed as variables.
		expect(r.json).toEqual([
			{
				uuid: 'TMP001',
				name: 'order_update',
				status: 'APPROVED',
				category: 'UTILITY',
				template_content: 'Hi {{1}}, your order {{2}} has shipped.',
				variables: ['1', '2'],
			},
			{
				uuid: 'TMP002',
				name: 'welcome',
				status: 'APPROVED',
				category: 'MARKETING',
				template_content: 'Welcome to our store!',
				variables: [],
			},
			{
				uuid: 'TMP003',
				name: 'draft_offer',
				status: 'PENDING',
				category: 'MARKETING',
				template_content: 'Offer {{1}}',
				variables: ['1'],
			},
		]);
	});

	test("get many templates with a limit stops paging early; Simplify off gives 2Chat's objects", async () => {
		const r = await waba('getAllTemplates', {
			limit: 1,
			simplify: false,
		});
		expect(bed.fake.requests).toHaveLength(1);
		expect(r.json).toEqual([bed.fake.templates[0]]);
	});
});

describe('messages: status and delete', () => {
	const SESSION = 'WW-WPN111-5215599999999@c.us';

	test('get status: GET /whatsapp/message/{session_key}/{uuid}, the @ kept as the docs write it', async () => {
		const r = await run('message', 'get', {
			sessionKey: SESSION,
			messageId: 'MSG2',
		});
		expectSent(bed, r, [`GET /open/whatsapp/message/${SESSION}/MSG2`]);
		expect(r.json[0]).toMatchObject({ deliveryStatus: 'received', uuid: 'MSG2', wa_msg_ack: 2 });
	});

	test('delete: DELETE /whatsapp/message/{session_key}/{uuid}', async () => {
		const r = await run('message', 'delete', {
			sessionKey: SESSION,
			messageId: 'MSG3',
		});
		expectSent(bed, r, [`DELETE /open/whatsapp/message/${SESSION}/MSG3`]);
		expect(bed.last().body).toBeUndefined();
		expect(r.json).toEqual([{ deleted: true, uuid: 'MSG3' }]);
		expect(bed.fake.messages.map((m) => m.uuid)).toEqual(['MSG1', 'MSG2']);
	});

	test('a session key that would leave its segment is encoded', async () => {
		const r = await run('message', 'get', {
			sessionKey: 'a/../../info',
			messageId: 'MSG1',
		});
		expect(bed.calls()).toEqual(['GET /open/whatsapp/message/a%2F..%2F..%2Finfo/MSG1']);
		expect(r.error?.message).toBe('2Chat error 404: Message not found');
	});

	test('get many messages, simplified by default', async () => {
		const r = await run('message', 'getAll', {
			fromNumber: rl(FROM),
			chatType: 'contact',
			returnAll: true,
		});
		expect(bed.calls()).toEqual([`GET /open/whatsapp/messages/${FROM}`]);
		expect(r.json[0]).toEqual({
			uuid: 'MSG1',
			session_key: 'WW-WPN111-5215599999999@c.us',
			remote_phone_number: '+5215599999999',
			sent_by: 'user',
			text: 'm1',
			media_url: null,
			wa_msg_ack: 2,
			created_at: '2026-01-01T00:00:01.000Z',
		});
	});
});

describe('conversations and number status', () => {
	test('conversations of a number: 10 per page, page_number, phone_number filter as digits', async () => {
		const r = await run('conversation', 'getAll', {
			channelUuid: rl('WPN111'),
			returnAll: true,
		});
		expect(r.error).toBeUndefined();
		expect(r.json).toHaveLength(25);
		expect(bed.fake.requests.map((q) => `${q.path} ${JSON.stringify(q.query)}`)).toEqual([
			'/open/whatsapp/conversations/WPN111 {"page_number":"0"}',
			'/open/whatsapp/conversations/WPN111 {"page_number":"1"}',
			'/open/whatsapp/conversations/WPN111 {"page_number":"2"}',
		]);
		bed.fake.requests.length = 0;
		const found = await run('conversation', 'getAll', {
			channelUuid: rl('WPN111', 'id'),
			filters: { phone_number: '+1 713 000-0012' },
			limit: 5,
		});
		expect(bed.last().query).toEqual({ phone_number: '17130000012', page_number: '0' });
		expect(found.json.map((c) => c.phone_number)).toEqual(['+17130000012']);
	});

	test('a search of fewer than 3 digits is refused before any request', async () => {
		const r = await run('conversation', 'getAll', {
			channelUuid: rl('WPN111'),
			filters: { phone_number: '12' },
		});
		expectRefused(bed, r, '"Phone Number Contains" must have 3 to 20 digits (got "12") [item 0]');
	});

	test('number status: GET /whatsapp/channel/{uuid}/status, the status letter spelled out', async () => {
		const r = await run('number', 'getStatus', {
			channelUuid: rl('WPN222'),
		});
		expect(bed.calls()).toEqual(['GET /open/whatsapp/channel/WPN222/status']);
		expect(r.json[0]).toMatchObject({
			status: 'disconnected',
			connection_status: 'D',
			qr_code: null,
		});
	});

	test('webhooks of one channel: GET /webhooks/channel/{uuid}', async () => {
		bed.fake.webhooks.push(
			{ uuid: 'WHK1', channel_uuid: 'WPN111', event_name: 'whatsapp.message.received' },
			{ uuid: 'WHK2', channel_uuid: 'WPN222', event_name: 'whatsapp.message.sent' },
		);
		const r = await run('webhook', 'getAll', {
			filters: { channel_uuid: 'WPN222' },
			returnAll: true,
		});
		bed.fake.webhooks.length = 0;
		expect(bed.calls()).toEqual(['GET /open/webhooks/channel/WPN222']);
		expect(r.json.map((w) => w.uuid)).toEqual(['WHK2']);
	});
});

describe('groups', () => {
	test('create: POST /whatsapp/group/create with from_number and group{name, description, participants}', async () => {
		const r = await group('create', {
			name: 'Launch team',
			participants: '+1 713 715 7533, +18647351567',
			description: 'Launch prep',
		});
		expectSent(bed, r, ['POST /open/whatsapp/group/create'], {
			from_number: FROM,
			group: {
				name: 'Launch team',
				participants: ['+17137157533', '+18647351567'],
				description: 'Launch prep',
			},
		});
		// 2Chat answers the new group under `group` (docs: create-group); its uuid is the Group ID.
		const groupId = r.json[0].groupId as string;
		expect(groupId).toMatch(/^WGP/);
		expect(r.json[0]).toMatchObject({
			success: true,
			group: {
				uuid: groupId,
				accepted_numbers: ['+17137157533', '+18647351567'],
				unaccepted_numbers: [],
			},
		});
		// Create → Add Participants: the Group ID output is the one 2Chat takes.
		const added = await group('addParticipants', {
			groupUuid: rl(groupId, 'id'),
			participants: '+14155550100',
		});
		expect(added.error).toBeUndefined();
		expect(bed.last().path).toBe(`/open/whatsapp/group/${groupId}/add-participant`);
	});

	test.each([
		['addParticipants', 'add-participant'],
		['removeParticipants', 'remove-participant'],
		['promoteParticipants', 'promote-participant'],
		['demoteParticipants', 'demote-participant'],
	])(
		'%s: POST /whatsapp/group/{uuid}/%s with from_number and participants',
		async (operation, path) => {
			const r = await bed.run({
				resource: 'group',
				operation,
				fromNumber: rl(FROM),
				groupUuid: rl('WGP001'),
				participants: '+447700176576\n+17137157533',
			});
			expectSent(bed, r, [`POST /open/whatsapp/group/WGP001/${path}`], {
				from_number: FROM,
				participants: ['+447700176576', '+17137157533'],
			});
			expect(r.json[0]).toMatchObject({
				groupId: 'WGP001',
				group_uuid: 'WGP001',
				accepted_numbers: ['+447700176576', '+17137157533'],
			});
		},
	);

	test('set description: POST /whatsapp/group/{uuid}/set-description with from_number and description', async () => {
		const r = await group('setDescription', {
			groupUuid: rl('WGP002', 'id'),
			description: 'Staff only',
		});
		expectSent(bed, r, ['POST /open/whatsapp/group/WGP002/set-description'], {
			from_number: FROM,
			description: 'Staff only',
		});
	});

	test('set picture: POST /whatsapp/group/{uuid}/set-picture with from_number and url', async () => {
		const r = await group('setPicture', {
			groupUuid: rl('WGP001'),
			url: 'https://example.com/group.jpg',
		});
		expectSent(bed, r, ['POST /open/whatsapp/group/WGP001/set-picture'], {
			from_number: FROM,
			url: 'https://example.com/group.jpg',
		});
	});

	test('more than 10 participants, or a number not in international format, is refused before any request', async () => {
		const eleven = Array.from(
			{ length: 11 },
			(_, i) => `+1713000${String(i).padStart(4, '0')}`,
		).join(',');
		const many = await group('addParticipants', {
			groupUuid: rl('WGP001'),
			participants: eleven,
		});
		expect(many.error?.message).toBe(
			'"Participants" holds 11 numbers; 2Chat takes at most 10 per request [item 0]',
		);
		expect(many.error?.description).toBe('Split them over several items.');
		const bad = await group('addParticipants', {
			groupUuid: rl('WGP001'),
			participants: '+447700176576, 0044 7700',
		});
		expect(bad.error?.message).toMatch(
			/^"Participants" must be a phone number in international format/,
		);
		expect(bed.fake.requests).toHaveLength(0);
	});
});

describe("WhatsApp Business › Send Interactive (the body 2Chat's own node sends)", () => {
	const TO = '+595981048477';
	const interactive = (parameters: IDataObject) =>
		waba('sendInteractive', { toNumber: TO, bodyText: 'How was your order?', ...parameters });

	test('reply buttons: payload.interactive of type button, header and footer from Options', async () => {
		const r = await interactive({
			interactiveType: 'button',
			buttons: {
				button: [
					{ buttonTitle: 'Great', buttonId: 'rate_5' },
					{ buttonTitle: 'Could be better', buttonId: '' },
				],
			},
			options: { headerText: 'Order 123', footerText: 'Reply any time' },
		});
		expectSent(bed, r, ['POST /open/waba/send-message'], {
			from_number: WABA,
			to_number: TO,
			payload: {
				interactive: {
					type: 'button',
					header: { type: 'text', text: 'Order 123' },
					body: { text: 'How was your order?' },
					footer: { text: 'Reply any time' },
					action: {
						buttons: [
							{ type: 'reply', reply: { id: 'rate_5', title: 'Great' } },
							{ type: 'reply', reply: { id: 'Could be better', title: 'Could be better' } },
						],
					},
				},
			},
		});
		expect(r.json[0]).toMatchObject({ messageId: expect.stringMatching(/^MSG/), success: true });
	});

	test('list: sections with rows, titles and descriptions', async () => {
		const r = await interactive({
			interactiveType: 'list',
			listButtonText: 'Pick a slot',
			sections: {
				section: [
					{
						sectionTitle: 'Morning',
						rows: { row: [{ rowTitle: '9:00', rowDescription: 'Front desk', rowId: 'am9' }] },
					},
					{ sectionTitle: 'Afternoon', rows: { row: [{ rowTitle: '15:00', rowId: 'pm3' }] } },
				],
			},
		});
		expectBody(bed, r, {
			from_number: WABA,
			to_number: TO,
			payload: {
				interactive: {
					type: 'list',
					body: { text: 'How was your order?' },
					action: {
						button: 'Pick a slot',
						sections: [
							{ title: 'Morning', rows: [{ id: 'am9', title: '9:00', description: 'Front desk' }] },
							{ title: 'Afternoon', rows: [{ id: 'pm3', title: '15:00' }] },
						],
					},
				},
			},
		});
	});

	test('call-to-action URL button', async () => {
		const r = await interactive({
			interactiveType: 'cta_url',
			ctaDisplayText: 'Track order',
			ctaUrl: 'https://shop.example.com/orders/123',
		});
		expectBody(bed, r, {
			from_number: WABA,
			to_number: TO,
			payload: {
				interactive: {
					type: 'cta_url',
					body: { text: 'How was your order?' },
					action: {
						name: 'cta_url',
						parameters: { display_text: 'Track order', url: 'https://shop.example.com/orders/123' },
					},
				},
			},
		});
	});

	const row = (n: number) => ({ rowTitle: `Row ${n}`, rowId: `r${n}` });
	test.each([
		[
			'a button title over 20 characters',
			{ buttons: { button: [{ buttonTitle: 'x'.repeat(21) }] } },
			'"Button Title" is longer than 20 characters (21) [item 0]',
		],
		[
			'four buttons',
			{ buttons: { button: ['a', 'b', 'c', 'd'].map((t) => ({ buttonTitle: t })) } },
			// The editor allows 3 (maxAllowedFields): n8n refuses a fourth before the node runs.
			"The 'Node' node has issues:\n- At most 3 fields are allowed.",
		],
		[
			'two buttons with the same ID',
			{ buttons: { button: [{ buttonTitle: 'Yes' }, { buttonTitle: 'Sure', buttonId: 'Yes' }] } },
			'"Button ID" repeats "Yes": each must differ within one message [item 0]',
		],
		[
			'a body over 1,024 characters',
			{ bodyText: 'b'.repeat(1025), buttons: { button: [{ buttonTitle: 'OK' }] } },
			'"Body Text" is longer than 1024 characters (1025) [item 0]',
		],
		[
			'a row title over 24 characters',
			{
				interactiveType: 'list',
				listButtonText: 'Open',
				sections: { section: [{ rows: { row: [{ rowTitle: 't'.repeat(25) }] } }] },
			},
			'"Row Title" is longer than 24 characters (25) [item 0]',
		],
		[
			'a row description over 72 characters',
			{
				interactiveType: 'list',
				listButtonText: 'Open',
				sections: {
					section: [{ rows: { row: [{ rowTitle: 'A', rowDescription: 'd'.repeat(73) }] } }],
				},
			},
			'"Row Description" is longer than 72 characters (73) [item 0]',
		],
		[
			'eleven rows across two sections',
			{
				interactiveType: 'list',
				listButtonText: 'Open',
				sections: {
					section: [
						{ sectionTitle: 'One', rows: { row: [1, 2, 3, 4, 5, 6].map(row) } },
						{ sectionTitle: 'Two', rows: { row: [7, 8, 9, 10, 11].map(row) } },
					],
				},
			},
			'"Rows" holds 11 rows across the sections; WhatsApp shows at most 10 [item 0]',
		],
	])('%s is refused before any request', async (_label, parameters, message) => {
		const r = await interactive({ interactiveType: 'button', ...parameters });
		expectRefused(bed, r, message);
	});
});
