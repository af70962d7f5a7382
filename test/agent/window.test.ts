/**
 * "Outside the 24-Hour Window" on each provider's free-form send, through the
 * engine against the fakes: a refusal for the window (read from the answer's
 * structure) sends the chosen template, once; a window known to be closed
 * fails before any request, or sends the template without trying the message.
 */
import type { IDataObject } from 'n8n-workflow';

import { contactUrn, contactUuid, TEMPLATE_WELCOME } from '../fakes/weni';
import { opParams } from '../harness/operation';
import { heyyBed } from '../heyy/setup';
import { spokiBed } from '../spoki/setup';
import { twoChatBed } from '../twochat/setup';
import { weniBed } from '../weni/setup';

const DAY = 24 * 60 * 60 * 1000;
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();
const template = (id: string, variables: Array<[string, string]> = []) => ({
	outsideWindow: 'template',
	windowTemplate: id,
	windowTemplateVariables: { variable: variables.map(([name, value]) => ({ name, value })) },
});

describe('Heyy', () => {
	const bed = heyyBed();
	const CLOSED = '+14155550999';
	const send = (extra: IDataObject) =>
		bed.run(
			opParams('message', 'send', {
				channelId: 'ch_wa_1',
				messageType: 'text',
				text: 'Your order shipped',
				...extra,
			}),
		);

	test.each(['message.errors', 'data.errors'] as const)(
		'the 131047 refusal (at %s) sends the template, once',
		async (place) => {
			bed.fake.sendFailurePlace = place;
			try {
				const r = await send({
					phoneNumber: CLOSED,
					...template('tpl_1', [
						['order', 'A-1'],
						['eta', 'today'],
					]),
				});
				expect(r.error).toBeUndefined();
				const sends = bed.fake.requestsTo('POST', '/whatsapp_messages/send').map((q) => q.body);
				expect(sends).toEqual([
					{ phoneNumber: CLOSED, type: 'TEXT', bodyText: 'Your order shipped' },
					{
						phoneNumber: CLOSED,
						type: 'TEMPLATE',
						messageTemplateId: 'tpl_1',
						variables: [
							{ name: 'order', value: 'A-1' },
							{ name: 'eta', value: 'today' },
						],
					},
				]);
				expect(r.json[0]).toMatchObject({
					status: 'pending',
					window: { sent: 'template', refused: true },
				});
			} finally {
				bed.fake.sendFailurePlace = 'message.errors';
			}
		},
	);

	test('an open window sends the message only; another failure is not answered with a template', async () => {
		const ok = await send({ phoneNumber: '+14155550123', ...template('tpl_1') });
		expect(ok.json[0]).toMatchObject({ window: { sent: 'message' } });
		expect(bed.fake.requests).toHaveLength(1);
		bed.fake.requests.length = 0;
		bed.fake.failNext({ status: 400, body: { error: { messageKey: 'bad', message: 'Bad' } } });
		const failed = await send({ phoneNumber: '+14155550123', ...template('tpl_1') });
		expect(failed.error?.message).toMatch(/Bad/);
		expect(bed.fake.requests).toHaveLength(1);
	});

	test('Last Inbound At over 24 hours ago: fails before any request, or sends only the template', async () => {
		const failed = await send({
			phoneNumber: CLOSED,
			outsideWindow: 'fail',
			lastInboundAt: ago(DAY + 60_000),
		});
		expect(failed.error?.name).toBe('NodeOperationError');
		expect(failed.error?.message).toBe(`The 24-hour window with ${CLOSED} is closed [item 0]`);
		expect(failed.error?.description).toMatch(/last wrote at .*Nothing was sent/);
		expect(bed.fake.requests).toHaveLength(0);
		const r = await send({
			phoneNumber: CLOSED,
			lastInboundAt: ago(2 * DAY),
			...template('tpl_1'),
		});
		expect(bed.calls()).toEqual(['POST /api/v2.0/ch_wa_1/whatsapp_messages/send']);
		expect(bed.last().body).toMatchObject({ type: 'TEMPLATE', messageTemplateId: 'tpl_1' });
		expect(r.json[0]).toMatchObject({ window: { sent: 'template' } });
	});

	test('a window template variable without its name is refused before any request', async () => {
		const r = await send({ phoneNumber: CLOSED, ...template('tpl_1', [['', 'Luis']]) });
		expect(r.error?.message).toBe(
			'"Window Template Variables" needs a name for each variable [item 0]',
		);
		expect(bed.fake.requests).toHaveLength(0);
	});

	test('a scheduled message replaced by the template: the template keeps the schedule', async () => {
		const at = new Date(Date.now() + 3_600_000).toISOString();
		const r = await send({
			phoneNumber: CLOSED,
			lastInboundAt: ago(2 * DAY),
			options: { scheduledAt: at },
			...template('tpl_1'),
		});
		expect(r.error).toBeUndefined();
		expect(bed.last().body).toMatchObject({ type: 'TEMPLATE', scheduledAt: at });
	});

	test("Last Inbound At as trigger items carry it: WhatsApp's Unix seconds (a string), milliseconds; loose text refused before any request", async () => {
		const seconds = String(Math.floor((Date.now() - 2 * DAY) / 1000));
		const fromSeconds = await send({
			phoneNumber: CLOSED,
			outsideWindow: 'fail',
			lastInboundAt: seconds,
		});
		expect(fromSeconds.error?.message).toBe(`The 24-hour window with ${CLOSED} is closed [item 0]`);
		expect(fromSeconds.error?.description).toContain(
			new Date(Number(seconds) * 1000).toISOString(),
		);
		const recent = await send({
			phoneNumber: '+14155550123',
			outsideWindow: 'fail',
			lastInboundAt: `={{ ${Date.now() - 60_000} }}`,
		});
		expect(recent.json[0]).toMatchObject({ window: { sent: 'message' } });
		expect(bed.fake.requests).toHaveLength(1);
		bed.fake.requests.length = 0;
		const loose = await send({
			phoneNumber: CLOSED,
			outsideWindow: 'fail',
			lastInboundAt: '12/10',
		});
		expect(loose.error?.message).toBe(
			'"Last Inbound At" must be a date and time, like 2026-01-31T09:00:00Z (got "12/10") [item 0]',
		);
		expect(bed.fake.requests).toHaveLength(0);
	});

	test('"Fail" without a known time, on a provider that cannot tell, says what is missing', async () => {
		const r = await send({ phoneNumber: CLOSED, outsideWindow: 'fail' });
		expect(r.error?.message).toMatch(/"Last Inbound At" is needed/);
		expect(bed.fake.requests).toHaveLength(0);
	});
});

describe('Spoki', () => {
	const bed = spokiBed();
	test('a template Spoki could not send is refused before the message goes: a non-numeric ID, a variable without its code', async () => {
		for (const [extra, field] of [
			[template('welcome'), '"Window Template" must be a numeric template ID'],
			[
				template('301', [['', 'A-1']]),
				'"Window Template Variables" needs a name for each variable',
			],
		] as const) {
			const r = await bed.run(
				opParams('message', 'sendText', { phone: '+393330000001', text: 'Hello', ...extra }),
			);
			expect(r.error?.message).toBe(`${field} [item 0]`);
			expect(bed.fake.requests).toHaveLength(0);
		}
	});

	test('the coded 131047 refusal sends the template, once', async () => {
		const r = await bed.run(
			opParams('message', 'sendText', {
				phone: '+393330000000',
				text: 'Hello again',
				...template('301', [['ORDER_ID', 'A-1']]),
			}),
		);
		expect(r.error).toBeUndefined();
		expect(bed.fake.requestsTo('POST', '/messages/send/').map((q) => q.body)).toEqual([
			{ type: 'Message', content_type: 'Text', phone: '+393330000000', text: 'Hello again' },
			{
				type: 'Template',
				phone: '+393330000000',
				template: 301,
				custom_fields: { ORDER_ID: 'A-1' },
			},
		]);
		expect(r.json[0]).toMatchObject({ window: { sent: 'template', refused: true } });
	});

	test('window known closed: fails before any request', async () => {
		const r = await bed.run(
			opParams('message', 'sendText', {
				phone: '+393330000000',
				text: 'Hello again',
				outsideWindow: 'fail',
				lastInboundAt: ago(3 * DAY),
			}),
		);
		expect(r.error?.message).toMatch(/24-hour window with \+393330000000 is closed/);
		expect(bed.fake.requests).toHaveLength(0);
	});

	const BUTTONS = {
		text: 'Confirm your order?',
		buttons: { button: [{ text: 'Yes', payload: 'confirm' }] },
	};
	const LIST = {
		text: 'Pick a slot',
		listTitle: 'Slots',
		rows: { row: [{ section: 'Monday', title: 'Morning' }] },
	};

	test.each([
		['sendButtons', BUTTONS, 'Interactive'],
		['sendList', LIST, 'List'],
	] as const)('%s: the coded refusal sends the template, once', async (operation, fields, type) => {
		const r = await bed.run(
			opParams('message', operation, {
				phone: '+393330000000',
				...fields,
				...template('301', [['ORDER_ID', 'A-1']]),
			}),
		);
		expect(r.error).toBeUndefined();
		const sends = bed.fake.requestsTo('POST', '/messages/send/').map((q) => q.body as IDataObject);
		expect(sends.map((b) => [b.type, b.content_type ?? null])).toEqual([
			['Message', type],
			['Template', null],
		]);
		expect(sends[1]).toEqual({
			type: 'Template',
			phone: '+393330000000',
			template: 301,
			custom_fields: { ORDER_ID: 'A-1' },
		});
		expect(r.json[0]).toMatchObject({ window: { sent: 'template', refused: true } });
	});

	test.each([
		['sendButtons', BUTTONS],
		['sendList', LIST],
	] as const)('%s: window known closed fails before any request', async (operation, fields) => {
		const r = await bed.run(
			opParams('message', operation, {
				phone: '+393330000000',
				...fields,
				outsideWindow: 'fail',
				lastInboundAt: ago(DAY + 60_000),
			}),
		);
		expect(r.error?.name).toBe('NodeOperationError');
		expect(r.error?.message).toMatch(/24-hour window with \+393330000000 is closed/);
		expect(bed.fake.requests).toHaveLength(0);
	});

	test('Send Buttons in an open window sends the buttons only', async () => {
		const r = await bed.run(
			opParams('message', 'sendButtons', {
				phone: '+393331111111',
				...BUTTONS,
				lastInboundAt: ago(60_000),
				...template('301'),
			}),
		);
		expect(r.error).toBeUndefined();
		expect(bed.calls()).toEqual(['POST /api/1/messages/send/']);
		expect(r.json[0]).toMatchObject({ content_type: 'Interactive', window: { sent: 'message' } });
	});
});

describe('2Chat (WhatsApp Business)', () => {
	const bed = twoChatBed();
	const send = (extra: IDataObject) =>
		bed.run(
			opParams('whatsappBusiness', 'send', {
				wabaNumber: '+16173518454',
				toNumber: '+14155550999',
				text: 'Following up',
				...extra,
			}),
		);

	test('the refusal with code 131047 sends the template, once', async () => {
		const r = await send(
			template('TMP001', [
				['1', 'Luis'],
				['2', 'A-1'],
			]),
		);
		expect(r.error).toBeUndefined();
		expect(bed.fake.requestsTo('POST', '/waba/send-message').map((q) => q.body)).toEqual([
			{ from_number: '+16173518454', to_number: '+14155550999', text: 'Following up' },
			{
				from_number: '+16173518454',
				to_number: '+14155550999',
				template_uuid: 'TMP001',
				params: { body: ['Luis', 'A-1'] },
			},
		]);
		expect(r.json[0]).toMatchObject({ window: { sent: 'template', refused: true } });
	});

	test('the same refusal in a 200 marked failed (success: false) sends the template, once', async () => {
		bed.fake.failNext(
			{
				status: 200,
				body: {
					success: false,
					error: true,
					error_message: 'More than 24 hours have passed since the customer last replied.',
					error_code: 131047,
				},
			},
			1,
			(r) => r.path.endsWith('/waba/send-message'),
		);
		const r = await send({
			toNumber: '+14155550123',
			...template('TMP001', [
				['1', 'Luis'],
				['2', 'A-1'],
			]),
		});
		expect(r.error).toBeUndefined();
		expect(bed.fake.requestsTo('POST', '/waba/send-message')).toHaveLength(2);
		expect(r.json[0]).toMatchObject({ window: { sent: 'template', refused: true } });
	});

	test('window known closed: fails before any request', async () => {
		const r = await send({ outsideWindow: 'fail', lastInboundAt: ago(DAY + 1000) });
		expect(r.error?.name).toBe('NodeOperationError');
		expect(bed.fake.requests).toHaveLength(0);
	});

	const interactive = (extra: IDataObject) =>
		bed.run(
			opParams('whatsappBusiness', 'sendInteractive', {
				wabaNumber: '+16173518454',
				toNumber: '+14155550999',
				interactiveType: 'button',
				bodyText: 'How was your order?',
				buttons: { button: [{ buttonTitle: 'Great', buttonId: 'rate_5' }] },
				...extra,
			}),
		);

	test('Send Interactive: the refusal with code 131047 sends the template, once', async () => {
		const r = await interactive(
			template('TMP001', [
				['1', 'Luis'],
				['2', 'A-1'],
			]),
		);
		expect(r.error).toBeUndefined();
		const sends = bed.fake
			.requestsTo('POST', '/waba/send-message')
			.map((q) => q.body as IDataObject);
		expect(sends).toHaveLength(2);
		expect(sends[0]).toMatchObject({ payload: { interactive: { type: 'button' } } });
		expect(sends[1]).toEqual({
			from_number: '+16173518454',
			to_number: '+14155550999',
			template_uuid: 'TMP001',
			params: { body: ['Luis', 'A-1'] },
		});
		expect(r.json[0]).toMatchObject({ window: { sent: 'template', refused: true } });
	});

	test('Send Interactive: window known closed fails before any request', async () => {
		const r = await interactive({ outsideWindow: 'fail', lastInboundAt: ago(2 * DAY) });
		expect(r.error?.name).toBe('NodeOperationError');
		expect(r.error?.message).toBe('The 24-hour window with +14155550999 is closed [item 0]');
		expect(bed.fake.requests).toHaveLength(0);
	});

	test('Send Interactive without the option: the refusal fails the item, nothing else is sent', async () => {
		const r = await interactive({});
		expect(r.error?.name).toBe('NodeApiError');
		expect(bed.fake.requestsTo('POST', '/waba/send-message')).toHaveLength(1);
	});
});

describe('Weni (Flows)', () => {
	const bed = weniBed();
	beforeAll(() => {
		bed.fake.generation = 'flows';
		bed.credentials.weniApi.apiFlavour = 'flows';
	});
	beforeEach(() => {
		bed.fake.reset();
		bed.fake.seedContacts(2);
		bed.fake.templates.push({
			uuid: '5b6e2a5c-7d4e-4a55-9a0f-2d1c8a6f0e11',
			name: 'follow_up',
			translations: [
				{ language: 'eng', content: 'Hi {{1}}, any news?', variable_count: 1, status: 'approved' },
			],
		});
	});
	const TEMPLATE = '5b6e2a5c-7d4e-4a55-9a0f-2d1c8a6f0e11';
	const send = (extra: IDataObject) =>
		bed.run(opParams('message', 'send', { contact: contactUuid(1), text: 'Any news?', ...extra }));

	test('last_seen_on over 24 hours ago: fails after the lookup, before any send', async () => {
		bed.fake.contacts[0].last_seen_on = ago(2 * DAY);
		const r = await send({ outsideWindow: 'fail' });
		expect(r.error?.message).toBe(`The 24-hour window with ${contactUuid(1)} is closed [item 0]`);
		expect(bed.calls().filter((c) => c.startsWith('POST'))).toEqual([]);
		expect(bed.calls()).toContain('GET /api/v2/contacts.json');
	});

	test('a contact that never wrote gets the template instead; a recent one the message', async () => {
		const r = await send(template(TEMPLATE, [['1', 'Manu']]));
		expect(r.error).toBeUndefined();
		const posts = bed.fake.requestsTo('POST', '/whatsapp_broadcasts.json').map((q) => q.body);
		expect(posts).toEqual([
			{
				contacts: [contactUuid(1)],
				msg: { template: { uuid: TEMPLATE, variables: ['Manu'] } },
			},
		]);
		expect(r.json[0]).toMatchObject({ window: { sent: 'template', lastInboundAt: null } });

		bed.fake.requests.length = 0;
		bed.fake.contacts[1].last_seen_on = ago(60_000);
		const recent = await bed.run(
			opParams('message', 'send', {
				contact: contactUrn(2),
				text: 'Any news?',
				...template(TEMPLATE, [['1', 'Manu']]),
			}),
		);
		expect(recent.error).toBeUndefined();
		const sent = bed.fake.requestsTo('POST', '/whatsapp_broadcasts.json').map((q) => q.body);
		expect(sent).toEqual([{ urns: [contactUrn(2)], msg: { text: 'Any news?' } }]);
		expect(recent.json[0]).toMatchObject({ window: { sent: 'message' } });
	});

	test('a URN no contact has yet never wrote: the template instead, or "Fail" says so', async () => {
		const urn = 'whatsapp:5511999990000';
		const r = await bed.run(
			opParams('message', 'send', {
				contact: urn,
				text: 'Hello',
				...template(TEMPLATE, [['1', 'Ana']]),
			}),
		);
		expect(r.error).toBeUndefined();
		const posts = bed.fake.requestsTo('POST', '/whatsapp_broadcasts.json').map((q) => q.body);
		expect(posts).toEqual([
			{ urns: [urn], msg: { template: { uuid: TEMPLATE, variables: ['Ana'] } } },
		]);
		bed.fake.requests.length = 0;
		const failed = await bed.run(
			opParams('message', 'send', { contact: urn, text: 'Hello', outsideWindow: 'fail' }),
		);
		expect(failed.error?.description).toMatch(/^The contact has never written/);
		expect(bed.fake.requestsTo('POST', '/whatsapp_broadcasts.json')).toHaveLength(0);
	});
});

describe('Weni: "Send a Template Instead" is checked as Send Template checks it, before any send', () => {
	const flows = weniBed();
	const rapidPro = weniBed();
	beforeAll(() => {
		flows.fake.generation = 'flows';
		flows.credentials.weniApi.apiFlavour = 'flows';
	});
	beforeEach(() => {
		for (const bed of [flows, rapidPro]) {
			bed.fake.reset();
			bed.fake.seedContacts(1);
			// The window is open: before, the template's checks waited for a closed one.
			bed.fake.contacts[0].last_seen_on = ago(60_000);
		}
	});
	const send = (bed: typeof flows, extra: IDataObject) =>
		bed.run(opParams('message', 'send', { contact: contactUuid(1), text: 'Any news?', ...extra }));
	const writes = (bed: typeof flows) => bed.calls().filter((c) => !c.startsWith('GET'));

	test('on RapidPro, which sends no templates, the choice fails naming the operation', async () => {
		const r = await send(
			rapidPro,
			template(TEMPLATE_WELCOME, [
				['1', 'Ana'],
				['2', 'Monday'],
			]),
		);
		expect(r.error?.message).toBe(
			`"Operation" needs Weni Flows to send a template: RapidPro's API v2 sends no WhatsApp templates [item 0]`,
		);
		expect(writes(rapidPro)).toEqual([]);
	});

	test('a variable count the template does not take fails naming the field', async () => {
		const r = await send(flows, template(TEMPLATE_WELCOME, [['1', 'Ana']]));
		expect(r.error?.message).toBe(
			'"Window Template Variables" holds 1 values; template "welcome_message" (por) takes 2 [item 0]',
		);
		expect(writes(flows)).toEqual([]);
		const ok = await send(
			flows,
			template(TEMPLATE_WELCOME, [
				['1', 'Ana'],
				['2', 'Monday'],
			]),
		);
		expect(ok.error).toBeUndefined();
		expect(ok.json[0]).toMatchObject({ window: { sent: 'message' } });
	});

	test('a template id that is no UUID fails before any request', async () => {
		const r = await send(flows, template('welcome_message'));
		expect(r.error?.message).toBe(
			'"Window Template" must be a template UUID (got "welcome_message") [item 0]',
		);
		expect(flows.calls()).toEqual([]);
	});
});
