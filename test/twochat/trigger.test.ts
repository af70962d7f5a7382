import type { IDataObject, INode } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import { pkg, type } from '../harness/package';
import type { ProviderTriggerSpec } from '../harness/triggerCases';
import { expectGone, expectTokensRefused, triggerCases } from '../harness/triggerCases';
import { twoChatBed } from './setup';

const bed = twoChatBed((fake) => void (fake.webhooks.length = 0));
const { fake } = bed;

const noKeys = { attachments: [], contactId: null, conversationKey: null };

const payload = {
	id: 'MSG42',
	uuid: 'MSG42',
	created_at: '2026-11-22T10:00:00Z',
	session_key: 'WW-WPN111-5215533334444@c.us',
	message: { text: 'Hola' },
	remote_phone_number: '+5215533334444',
	channel_phone_number: '+5215500000001',
	sent_by: 'user',
	contact: { first_name: 'Luis', last_name: 'Ramos' },
};

/** Trigger parameters: the events on the connected number, and more. */
const on = (events: string[], extra: Record<string, unknown> = {}) => ({
	events,
	onNumber: '+5215500000001',
	...extra,
});

test('lifecycle: activate → subscriptions → tokened delivery runs → untokened 401 → deactivate → gone', async () => {
	await bed.withTrigger(
		on(['whatsapp.message.received', 'whatsapp.message.sent']),
		async (trigger) => {
			await trigger.activate();
			// One subscription per event, each at n8n's production URL with our token and the event.
			expect(fake.requestsTo('POST', '/webhooks/subscribe/').map((r) => r.path)).toEqual([
				'/open/webhooks/subscribe/whatsapp.message.received',
				'/open/webhooks/subscribe/whatsapp.message.sent',
			]);
			expect(fake.webhooks).toHaveLength(2);
			const hookUrl = new URL(String(fake.webhooks[0].hook_url));
			const token = String(trigger.staticData.token);
			expect(token).toMatch(/^[0-9a-f]{64}$/);
			expect(fake.webhooks.map((w) => w.hook_url)).toEqual([
				trigger.urlWith({ token, event: 'whatsapp.message.received' }),
				trigger.urlWith({ token, event: 'whatsapp.message.sent' }),
			]);
			expect(fake.requests[0].body).toEqual({
				hook_url: hookUrl.toString(),
				on_number: '+5215500000001',
			});
			expect(await trigger.checkExists()).toBe(true);

			// 2Chat delivers to the URL it was given: the workflow runs with the payload, labelled with its event.
			const ok = await trigger.deliver(payload, { url: String(fake.webhooks[0].hook_url) });
			expect(ok.status).toBe(200);
			expect(trigger.executions).toHaveLength(1);
			expect(trigger.outputs()[0].map((i) => i.json)).toEqual([
				{
					event: 'whatsapp.message.received',
					...payload,
					attachments: [],
					contactId: payload.remote_phone_number,
					conversationKey: `2chat:${payload.channel_phone_number}:${payload.remote_phone_number}`,
				},
			]);
			expect(trigger.executions[0].status).toBe('success');

			// Anyone else: no token, a wrong token, a token of another length.
			await expectTokensRefused(trigger, payload);
			expect(trigger.executions).toHaveLength(1);

			await trigger.deactivate();
			const ids = (trigger.staticData.subscriptionIds as string[] | undefined) ?? [];
			expect(ids).toEqual([]);
			expect(fake.requestsTo('DELETE', '/webhooks/').map((r) => r.path)).toEqual([
				expect.stringMatching(/^\/open\/webhooks\/WHK\d+$/),
				expect.stringMatching(/^\/open\/webhooks\/WHK\d+$/),
			]);
			expect(fake.webhooks).toHaveLength(0);
			await expectGone(trigger, payload, token);
		},
	);
});

test('a group event subscription carries the group; other events do not', async () => {
	await bed.withTrigger(
		on(['whatsapp.group.message.received', 'whatsapp.message.received'], { groupUuid: 'WGP001' }),
		async (trigger) => {
			await trigger.activate();
			const bodies = fake
				.requestsTo('POST', '/webhooks/subscribe/')
				.map((r) => r.body as Record<string, unknown>);
			expect(bodies[0].to_group_uuid).toBe('WGP001');
			expect(bodies[1].to_group_uuid).toBeUndefined();
			await trigger.deactivate();
			expect(fake.webhooks).toHaveLength(0);
		},
	);
});

test('an activation failing half way leaves no subscription behind', async () => {
	await bed.withTrigger(
		on(['whatsapp.message.received', 'whatsapp.message.sent', 'whatsapp.message.new']),
		async (trigger) => {
			fake.failNext(
				{ status: 500, body: { success: false, error: true, error_message: 'Subscribe failed' } },
				1,
				(r) => r.path.endsWith('whatsapp.message.new'),
			);
			await expect(trigger.activate()).rejects.toThrow('2Chat error 500: Subscribe failed');
			expect(fake.requestsTo('POST', '/webhooks/subscribe/')).toHaveLength(3);
			expect(fake.webhooks).toHaveLength(0);
			expect(trigger.staticData.subscriptionIds).toEqual([]);
		},
	);
});

test('a delivery arriving before n8n saved the trigger state is still verified (the token is derived, not stored)', async () => {
	await bed.withTrigger(on(['whatsapp.message.received']), async (trigger) => {
		await trigger.activate();
		const url = String(fake.webhooks[0].hook_url);
		// n8n 2.x saves static data after activation completes; simulate the gap.
		for (const key of Object.keys(trigger.staticData)) delete trigger.staticData[key];
		expect((await trigger.deliver(payload, { url })).status).toBe(200);
		expect(trigger.executions).toHaveLength(1);
		const forged = trigger.urlWith({ token: 'f'.repeat(64), event: 'whatsapp.message.received' });
		expect((await trigger.deliver(payload, { url: forged })).status).toBe(401);
		expect(trigger.executions).toHaveLength(1);
	});
});

test('each event has its own URL, so a read receipt and a received message of the same message are told apart, and each runs once', async () => {
	await bed.withTrigger(
		on(['whatsapp.message.received', 'whatsapp.message.receipt.read']),
		async (trigger) => {
			await trigger.activate();
			const [received, read] = fake.webhooks.map((w) => String(w.hook_url));
			expect(new URL(received).searchParams.get('event')).toBe('whatsapp.message.received');
			expect(new URL(read).searchParams.get('event')).toBe('whatsapp.message.receipt.read');
			for (const url of [received, read, received, read])
				expect((await trigger.deliver(payload, { url })).status).toBe(200);
			expect(trigger.outputs().map((items) => items[0].json.event)).toEqual([
				'whatsapp.message.received',
				'whatsapp.message.receipt.read',
			]);
			// Another message: runs.
			expect(
				(await trigger.deliver({ ...payload, uuid: 'MSG43', id: 'MSG43' }, { url: received }))
					.status,
			).toBe(200);
			expect(trigger.executions).toHaveLength(3);
			// An event this activation did not subscribe to is acknowledged, not run.
			const other = trigger.urlWith({
				token: String(trigger.staticData.token),
				event: 'whatsapp.message.sent',
			});
			expect((await trigger.deliver({ ...payload, uuid: 'MSG44' }, { url: other })).status).toBe(
				200,
			);
			expect(trigger.executions).toHaveLength(3);
			// A WABA payload names its own event.
			const waba = { ...payload, uuid: 'MSG45', event: 'whatsapp.waba.message.received' };
			expect((await trigger.deliver(waba, { url: received })).status).toBe(200);
			expect(trigger.outputs()[3][0].json.event).toBe('whatsapp.waba.message.received');
		},
	);
});

test('whatsapp.conversation.new is subscribed with the chosen time_period; other events without it', async () => {
	await bed.withTrigger(
		on(['whatsapp.conversation.new', 'whatsapp.message.received'], {
			timePeriod: 'week',
		}),
		async (trigger) => {
			await trigger.activate();
			const bodies = fake
				.requestsTo('POST', '/webhooks/subscribe/')
				.map((r) => r.body as Record<string, unknown>);
			expect(bodies.map((b) => b.time_period)).toEqual(['week', undefined]);
		},
	);
	await bed.withTrigger(on(['whatsapp.conversation.new']), async (defaulted) => {
		fake.requests.length = 0;
		await defaulted.activate();
		expect(
			fake
				.requestsTo('POST', '/webhooks/subscribe/')
				.map((r) => (r.body as Record<string, unknown>).time_period),
		).toEqual(['all-time']);
	});
	const fortnight = on(['whatsapp.conversation.new'], { timePeriod: 'fortnight' });
	await bed.withTrigger(fortnight, async (bad) => {
		await expect(bad.activate()).rejects.toThrow(
			'"New Conversation After" must be one of all-time, day, hour, month, week, year',
		);
	});
});

const spec: ProviderTriggerSpec = {
	bed,
	parameters: on(['whatsapp.message.received']),
	registered: () => fake.webhooks.map((w) => ({ id: String(w.uuid), url: String(w.hook_url) })),
	delivery: (n: number) => ({ body: { ...payload, id: `MSG${n}`, uuid: `MSG${n}` } }),
	errorBody: (_status: number, message: string) => ({
		success: false,
		error: true,
		error_message: message,
	}),
	hooksPath: '/webhooks/',
	registrations: {
		twoEvents: on(['whatsapp.message.received', 'whatsapp.message.sent']),
		drop: (index) => void fake.webhooks.splice(index, 1),
		redirect: (index) => void (fake.webhooks[index].hook_url = 'https://elsewhere.test/hook'),
		urlOf: (trigger) =>
			trigger.urlWith({
				token: String(trigger.staticData.token),
				event: 'whatsapp.message.received',
			}),
	},
	forged: (trigger, url) => {
		const event = 'whatsapp.message.received';
		return [
			{ url: trigger.urlWith({ token: 'a'.repeat(64), event }), status: 401 },
			{ url: trigger.urlWith({ token: 'nope', event }), status: 401 },
			{ url: `${url}&token=forged-token`, status: 401 },
			{ url, status: 400, raw: '[]' },
		];
	},
	keyChange: {
		reactivation: [
			expect.stringMatching(/^DELETE \/open\/webhooks\/WHK\d+$/),
			'POST /open/webhooks/subscribe/whatsapp.message.received',
		],
		unchanged: ['GET /open/webhooks'],
	},
};

triggerCases(spec);

test('WhatsApp Business events subscribe like the others, on the WABA number; their deliveries name the event and carry media as attachments', async () => {
	await bed.withTrigger(
		on(['whatsapp.waba.message.received'], {
			onNumber: '+16173518454',
		}),
		async (trigger) => {
			await trigger.activate();
			const subscribe = fake.requestsTo('POST', '/webhooks/subscribe/');
			expect(subscribe.map((r) => [r.path, r.body])).toEqual([
				[
					'/open/webhooks/subscribe/whatsapp.waba.message.received',
					{
						hook_url: expect.stringContaining('event=whatsapp.waba.message.received'),
						on_number: '+16173518454',
					},
				],
			]);
			const url = String(fake.webhooks[0].hook_url);
			const media = { url: 'https://cdn.example/voice.ogg', type: 'audio', mime_type: 'audio/ogg' };
			const delivered = {
				...payload,
				uuid: 'MSG50',
				event: 'whatsapp.waba.message.received',
				message: { media },
			};
			expect((await trigger.deliver(delivered, { url })).status).toBe(200);
			expect(trigger.outputs()[0][0].json).toMatchObject({
				event: 'whatsapp.waba.message.received',
				attachments: [
					{ type: 'audio', mimeType: 'audio/ogg', url: media.url, fileName: null, size: null },
				],
			});
		},
	);
});

describe('phone-call events (virtual numbers)', () => {
	const VN = 'DID64a54de2-8ebe-4c01-838f-a2235815dab4';
	const CALL_EVENTS = ['call.status.update', 'call.incoming.completed', 'call.outbound.completed'];

	/** A call.status.update delivery as developers.2chat.co/docs/API/Phone-Calls/webhooks/payload-examples shows it. */
	const call = {
		uuid: 'CDR8612b98c-5e11-4638-8d9d-2f21275256cf',
		account_uuid: 'ACC91be87af-5a29-4034-b599-342f2aeb5d52',
		callid: 'e73d8d61-2bf0-123f-19aa-9600045bb967',
		direction: 'I',
		active: true,
		from: '+525512345555',
		iso_country_code: 'MX',
		received_on_number: '+18132522492',
		received_on_number_uuid: VN,
		is_toll_free: false,
		status: 'RINGING',
		created_at: '2025-10-25T02:55:28Z',
		updated_at: '2025-10-25T02:55:28Z',
		contact: { uuid: 'CONe9b31cd3-f11c-44cd-a888-58f4d5e6f4bf', first_name: 'Juan' },
	};

	const subscribed = () =>
		fake.requestsTo('POST', '/webhooks/subscribe/').map((r) => [r.path, r.body]);

	test('only call events: each subscribed with {hook_url, channel_uuid}, no number needed; deliveries run, labelled; deactivation deletes them', async () => {
		await bed.withTrigger({ events: CALL_EVENTS, virtualNumber: VN }, async (trigger) => {
			await trigger.activate();
			const token = String(trigger.staticData.token);
			expect(subscribed()).toEqual(
				CALL_EVENTS.map((event) => [
					`/open/webhooks/subscribe/${event}`,
					{ hook_url: trigger.urlWith({ token, event }), channel_uuid: VN },
				]),
			);
			expect(fake.webhooks.map((w) => [w.event_name, w.channel_uuid])).toEqual(
				CALL_EVENTS.map((event) => [event, VN]),
			);
			expect(await trigger.checkExists()).toBe(true);

			// Every status of one call runs (same call uuid); the very same report again does not.
			const [statusUrl, , outboundUrl] = fake.webhooks.map((w) => String(w.hook_url));
			const answered = { ...call, status: 'ANSWERED', updated_at: '2025-10-25T02:55:36Z' };
			for (const body of [call, answered, answered])
				expect((await trigger.deliver(body, { url: statusUrl })).status).toBe(200);
			expect(trigger.outputs().map((items) => items[0].json)).toEqual([
				// A phone call names no WhatsApp contact: its conversation keys are null.
				{ event: 'call.status.update', ...call, ...noKeys },
				{ event: 'call.status.update', ...answered, ...noKeys },
			]);

			// An ended outbound call: its recording (mp3, per the payload examples) is an attachment.
			const ended = {
				...call,
				uuid: 'CDR00000000-0000-4000-8000-000000000002',
				direction: 'O',
				active: false,
				status: 'COMPLETED',
				duration: 42,
				recording_url: 'https://recordings.2chat.example/CDR2.mp3',
			};
			expect((await trigger.deliver(ended, { url: outboundUrl })).status).toBe(200);
			expect(trigger.outputs()[2][0].json).toMatchObject({
				event: 'call.outbound.completed',
				uuid: ended.uuid,
				attachments: [
					{
						type: 'audio',
						mimeType: 'audio/mpeg',
						url: ended.recording_url,
						fileName: null,
						size: null,
					},
				],
			});
			expect(trigger.executions.every((e) => e.status === 'success')).toBe(true);

			await trigger.deactivate();
			expect(fake.requestsTo('DELETE', '/webhooks/')).toHaveLength(3);
			expect(fake.webhooks).toHaveLength(0);
			expect(trigger.staticData.subscriptionIds).toBeUndefined();
		});
	});

	test('WhatsApp and call events together: each subscription gets its own body', async () => {
		await bed.withTrigger(
			{
				events: ['whatsapp.message.received', 'call.incoming.completed'],
				onNumber: '+5215500000001',
				virtualNumber: VN,
				groupUuid: 'WGP001',
			},
			async (trigger) => {
				await trigger.activate();
				const token = String(trigger.staticData.token);
				expect(subscribed()).toEqual([
					[
						'/open/webhooks/subscribe/whatsapp.message.received',
						{
							hook_url: trigger.urlWith({ token, event: 'whatsapp.message.received' }),
							on_number: '+5215500000001',
						},
					],
					[
						'/open/webhooks/subscribe/call.incoming.completed',
						{
							hook_url: trigger.urlWith({ token, event: 'call.incoming.completed' }),
							channel_uuid: VN,
						},
					],
				]);
				const [whatsapp, incoming] = fake.webhooks.map((w) => String(w.hook_url));
				expect((await trigger.deliver(payload, { url: whatsapp })).status).toBe(200);
				expect(
					(await trigger.deliver({ ...call, status: 'MISSED' }, { url: incoming })).status,
				).toBe(200);
				expect(trigger.outputs().map((items) => items[0].json.event)).toEqual([
					'whatsapp.message.received',
					'call.incoming.completed',
				]);
				await trigger.deactivate();
				expect(fake.webhooks).toHaveLength(0);
			},
		);
	});

	test('a missing or mistyped number fails activation before any request, naming the field', async () => {
		const cases: Array<[IDataObject, string]> = [
			[{ events: ['call.status.update'] }, '"Virtual Number Name or ID" is required'],
			[
				{ events: ['call.status.update'], virtualNumber: '+18132522492' },
				'"Virtual Number Name or ID" must be the UUID of a 2Chat virtual number, which starts with DID',
			],
			// Mixed: the WhatsApp number is still needed for the WhatsApp event, checked before the call one is subscribed.
			[
				{ events: ['call.status.update', 'whatsapp.message.received'], virtualNumber: VN },
				'"Number Name or ID" is required',
			],
			[
				{ events: ['whatsapp.message.received', 'call.status.update'], onNumber: '+5215500000001' },
				'"Virtual Number Name or ID" is required',
			],
		];
		for (const [parameters, message] of cases) {
			await bed.withTrigger(parameters, async (trigger) => {
				await expect(trigger.activate()).rejects.toThrow(message);
			});
		}
		expect(fake.requestsTo('POST', '/webhooks/subscribe/')).toHaveLength(0);
		expect(fake.webhooks).toHaveLength(0);
	});

	test('the editor asks for the WhatsApp number only with a WhatsApp event, and for the virtual number only with a call event', () => {
		const { description } = pkg.nodes[type('twoChatTrigger')];
		const shown = (events: string[]) =>
			description.properties
				.filter((p) => ['onNumber', 'virtualNumber', 'groupUuid'].includes(p.name))
				.filter((p) => NodeHelpers.displayParameter({ events }, p, null, description))
				.map((p) => p.name);
		expect(shown(['call.status.update'])).toEqual(['virtualNumber']);
		expect(shown(['whatsapp.message.received'])).toEqual(['onNumber', 'groupUuid']);
		expect(shown(['call.status.update', 'whatsapp.message.received'])).toEqual([
			'onNumber',
			'virtualNumber',
			'groupUuid',
		]);
		// n8n reports no missing required parameter for a call-only trigger with its virtual number.
		const node = (parameters: Record<string, unknown>) =>
			({
				id: 'n',
				name: 'T',
				type: type('twoChatTrigger'),
				typeVersion: 1,
				position: [0, 0],
				parameters,
			}) as INode;
		const issues = (parameters: Record<string, unknown>) =>
			Object.keys(
				NodeHelpers.getNodeParametersIssues(description.properties, node(parameters), description)
					?.parameters ?? {},
			);
		expect(issues({ events: ['call.status.update'], onNumber: '', virtualNumber: VN })).toEqual([]);
		expect(issues({ events: ['call.status.update'], onNumber: '', virtualNumber: '' })).toEqual([
			'virtualNumber',
		]);
		expect(
			issues({ events: ['whatsapp.message.received'], onNumber: '', virtualNumber: '' }),
		).toEqual(['onNumber']);
	});

	test('outbound: the documented call.outbound.completed is tried first; if 2Chat refuses it, call.outgoing.completed (2Chat’s n8n node) is subscribed, and deliveries keep the documented name', async () => {
		const documented = fake.callEvents;
		fake.callEvents = ['call.status.update', 'call.incoming.completed', 'call.outgoing.completed'];
		try {
			await bed.withTrigger(
				{ events: ['call.outbound.completed'], virtualNumber: VN },
				async (trigger) => {
					await trigger.activate();
					const token = String(trigger.staticData.token);
					const url = trigger.urlWith({ token, event: 'call.outbound.completed' });
					expect(subscribed()).toEqual([
						[
							'/open/webhooks/subscribe/call.outbound.completed',
							{ hook_url: url, channel_uuid: VN },
						],
						[
							'/open/webhooks/subscribe/call.outgoing.completed',
							{ hook_url: url, channel_uuid: VN },
						],
					]);
					expect(fake.webhooks.map((w) => w.event_name)).toEqual(['call.outgoing.completed']);
					const ended = { ...call, direction: 'O', status: 'COMPLETED' };
					expect((await trigger.deliver(ended, { url })).status).toBe(200);
					expect(trigger.outputs()[0][0].json.event).toBe('call.outbound.completed');
					await trigger.deactivate();
					expect(fake.webhooks).toHaveLength(0);

					// Neither name taken: activation fails with 2Chat's answer to the documented one.
					fake.callEvents = ['call.status.update'];
					fake.requests.length = 0;
					await expect(trigger.activate()).rejects.toThrow(
						'2Chat error 400: Invalid event name: call.outbound.completed',
					);
					expect(subscribed()).toHaveLength(2);
					expect(fake.webhooks).toHaveLength(0);
				},
			);
		} finally {
			fake.callEvents = documented;
		}
	});

	test('a refused virtual number is not retried under another event name', async () => {
		// The outbound event has a second candidate name; a refusal of the number must not try it.
		await bed.withTrigger(
			{
				events: ['call.outbound.completed'],
				virtualNumber: 'DID00000000-0000-4000-8000-000000000000',
			},
			async (trigger) => {
				await expect(trigger.activate()).rejects.toThrow(
					'2Chat error 400: channel_uuid is not one of your virtual numbers',
				);
				expect(subscribed()).toHaveLength(1);
			},
		);
	});
});
