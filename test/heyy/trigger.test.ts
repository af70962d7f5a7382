import { HEYY_TENANT } from '../fakes/heyy';
import type { ProviderTriggerSpec } from '../harness/triggerCases';
import { expectGone, expectTokensRefused, triggerCases } from '../harness/triggerCases';
import { heyyBed } from './setup';

const bed = heyyBed((fake) => void (fake.webhooks.length = 0));
const { fake } = bed;

/** Shape (a): `message.received` with the message under `data` (Heyy webhook object model). */
const receivedA = {
	id: 'dlv_a1',
	tenantId: HEYY_TENANT,
	event: 'message.received',
	data: {
		id: 'msg_in_1',
		type: 'message',
		sender: 'inbound',
		sources: [{ type: 'vendor' }],
		status: 'delivered',
		scheduledAt: null,
		content: { body: 'Hi, is my order on its way?', attachments: [] },
		forwarded: false,
		reactions: [],
		errors: [],
		vendorId: 'wamid.HBgL',
		timestamp: '2026-11-22T10:00:00.000Z',
		chat: { id: 'chat_77' },
		handle: { id: 'hdl_1', type: 'phone_number', value: '+393331234567' },
		contact: {
			id: 'con_9',
			firstName: 'Giulia',
			lastName: 'Rossi',
			phoneNumber: '+393331234567',
			email: null,
		},
		channel: { id: 'ch_wa_1', type: 'whatsapp', name: 'Sales' },
	},
};

/** Shape (b): `message_status` with the message under `message`. */
const statusB = {
	id: 'dlv_b1',
	event: 'message_status',
	message: {
		id: 'msg_out_5',
		createdAt: '2026-11-22T10:05:00.000Z',
		updatedAt: '2026-11-22T10:05:03.000Z',
		chatId: 'chat_77',
		channelId: 'ch_wa_1',
		type: 'TEXT',
		sender: 'outbound',
		sources: [{ type: 'api' }],
		status: 'read',
		content: { body: 'Yes, it ships today', attachments: [{ id: 'att_1', type: 'image' }] },
	},
};

/** Trigger parameters: the event types, and more (a channel). */
const on = (events: string[], extra: Record<string, unknown> = {}) => ({ events, ...extra });

test('lifecycle: activate → one webhook per type → tokened deliveries run → untokened 401 → deactivate → gone', async () => {
	await bed.withTrigger(
		on(['WHATSAPP_MESSAGE_RECEIVED', 'WHATSAPP_MESSAGE_STATUS'], {
			channelId: 'ch_wa_1',
		}),
		async (trigger) => {
			await trigger.activate();
			// Tenant read from the workspace once, then one Heyy API webhook per event type.
			expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
				'GET /api/v2.0/channels',
				'POST /api/v2.0/api_webhooks',
				'POST /api/v2.0/api_webhooks',
			]);
			expect(fake.webhooks).toHaveLength(2);
			const registered = String(fake.webhooks[0].url);
			const hookUrl = new URL(registered);
			const token = hookUrl.searchParams.get('token')!;
			expect(token).toMatch(/^[0-9a-f]{64}$/);
			expect(registered).toBe(trigger.urlWith({ token }));
			expect(fake.requestsTo('POST', '/api_webhooks').map((r) => r.body)).toEqual([
				{
					tenantId: HEYY_TENANT,
					type: 'WHATSAPP_MESSAGE_RECEIVED',
					url: registered,
					channelId: 'ch_wa_1',
				},
				{
					tenantId: HEYY_TENANT,
					type: 'WHATSAPP_MESSAGE_STATUS',
					url: registered,
					channelId: 'ch_wa_1',
				},
			]);
			expect(trigger.staticData.subscriptionIds).toEqual(fake.webhooks.map((w) => w.id));
			expect(await trigger.checkExists()).toBe(true);

			// Heyy delivers to the URL it was given: each shape gives one clean item.
			const a = await trigger.deliver(receivedA, { url: registered });
			expect(a.status).toBe(200);
			const b = await trigger.deliver(statusB, { url: registered });
			expect(b.status).toBe(200);
			expect(trigger.executions).toHaveLength(2);
			expect(trigger.executions.map((e) => e.status)).toEqual(['success', 'success']);
			const [[itemA], [itemB]] = trigger.outputs();
			expect(itemA.json).toEqual({
				event: 'message.received',
				deliveryId: 'dlv_a1',
				tenantId: HEYY_TENANT,
				messageId: 'msg_in_1',
				chatId: 'chat_77',
				channelId: 'ch_wa_1',
				channelType: 'whatsapp',
				sender: 'inbound',
				status: 'delivered',
				type: 'message',
				text: 'Hi, is my order on its way?',
				attachments: [],
				phoneNumber: '+393331234567',
				contact: receivedA.data.contact,
				timestamp: '2026-11-22T10:00:00.000Z',
				errors: [],
				message: receivedA.data,
				contactId: 'con_9',
				conversationKey: 'heyy:chat_77',
			});
			expect(itemB.json).toEqual({
				event: 'message_status',
				deliveryId: 'dlv_b1',
				tenantId: null,
				messageId: 'msg_out_5',
				chatId: 'chat_77',
				channelId: 'ch_wa_1',
				channelType: null,
				sender: 'outbound',
				status: 'read',
				type: 'TEXT',
				text: 'Yes, it ships today',
				// Heyy's documented attachment {id, type}, in the shape every trigger uses (no URL given).
				attachments: [{ type: 'image', mimeType: null, url: null, fileName: null, size: null }],
				phoneNumber: null,
				contact: null,
				timestamp: '2026-11-22T10:05:00.000Z',
				errors: [],
				message: statusB.message,
				// Shape (b) names no contact: the chat stands for it, and keys the same conversation.
				contactId: 'chat_77',
				conversationKey: 'heyy:chat_77',
			});

			// Anyone else: no token, a wrong token, a token of another length.
			await expectTokensRefused(trigger, receivedA);
			expect(trigger.executions).toHaveLength(2);

			fake.requests.length = 0;
			await trigger.deactivate();
			expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
				expect.stringMatching(/^DELETE \/api\/v2\.0\/api_webhooks\/whk_\d+$/),
				expect.stringMatching(/^DELETE \/api\/v2\.0\/api_webhooks\/whk_\d+$/),
			]);
			expect(fake.webhooks).toHaveLength(0);
			await expectGone(trigger, receivedA, token);
		},
	);
});

test('without a channel, one webhook per type serves every channel (channelId null)', async () => {
	await bed.withTrigger(on(['WHATSAPP_MESSAGE_RECEIVED', 'INSTAGRAM_MESSAGE_ECHO']), async (t) => {
		await t.activate();
		const types = fake.webhooks.map((w) => [w.type, w.channelId]);
		expect(types).toEqual([
			['WHATSAPP_MESSAGE_RECEIVED', null],
			['INSTAGRAM_MESSAGE_ECHO', null],
		]);
	});
});

test('deactivation when every webhook is already gone is fine too', async () => {
	await bed.withTrigger(on(['SMS_MESSAGE_RECEIVED']), async (trigger) => {
		await trigger.activate();
		fake.webhooks.length = 0;
		await expect(trigger.deactivate()).resolves.toBeUndefined();
		expect(trigger.staticData.subscriptionIds).toBeUndefined();
	});
});

test('checkExists only looks: a webhook switched off at Heyy reads as missing, nothing is deleted', async () => {
	await bed.withTrigger(on(['WHATSAPP_MESSAGE_RECEIVED']), async (trigger) => {
		await trigger.activate();
		fake.webhooks[0].isActive = false;
		expect(await trigger.checkExists()).toBe(false);
		expect(fake.requestsTo('DELETE', '/api_webhooks/')).toHaveLength(0);
		expect(fake.webhooks).toHaveLength(1);
	});
});

test("the credential's tenant ID is used as is: no lookup", async () => {
	const credential = bed.withCredential({ tenantId: HEYY_TENANT });
	await bed.withTrigger(
		on(['EMAIL_MESSAGE_RECEIVED']),
		async (trigger) => {
			await trigger.activate();
			expect(bed.calls()).toEqual(['POST /api/v2.0/api_webhooks']);
			await trigger.deactivate();
		},
		credential,
	);
});

test('with no channel carrying a tenant ID, it comes from the business', async () => {
	const saved = fake.channels.map((c) => ({ ...c }));
	for (const channel of fake.channels) delete channel.tenantId;
	try {
		await bed.withTrigger(on(['WHATSAPP_MESSAGE_RECEIVED']), async (trigger) => {
			await trigger.activate();
			expect(bed.calls()).toEqual([
				'GET /api/v2.0/channels',
				'GET /api/v2.0/business',
				'POST /api/v2.0/api_webhooks',
			]);
			expect(fake.requests[2].body).toMatchObject({ tenantId: HEYY_TENANT });
			await trigger.deactivate();
		});
	} finally {
		fake.channels = saved;
	}
});

test('an activation failing half way leaves no webhook behind', async () => {
	await bed.withTrigger(
		on(['WHATSAPP_MESSAGE_RECEIVED', 'WHATSAPP_MESSAGE_STATUS', 'SMS_MESSAGE_RECEIVED']),
		async (trigger) => {
			fake.failNext(
				{
					status: 500,
					body: { error: { messageKey: 'internal_error', message: 'Could not save the webhook' } },
				},
				1,
				(r) =>
					r.method === 'POST' && (r.body as { type?: string })?.type === 'SMS_MESSAGE_RECEIVED',
			);
			await expect(trigger.activate()).rejects.toThrow(
				'Heyy error 500: Could not save the webhook',
			);
			expect(fake.requestsTo('POST', '/api_webhooks')).toHaveLength(3);
			expect(fake.webhooks).toHaveLength(0);
			expect(trigger.staticData.subscriptionIds).toEqual([]);
		},
	);
});

test("a tenant Heyy refuses fails the activation with Heyy's message", async () => {
	const credential = bed.withCredential({ tenantId: 'someone-else' });
	await bed.withTrigger(
		on(['WHATSAPP_MESSAGE_RECEIVED']),
		async (trigger) => {
			await expect(trigger.activate()).rejects.toThrow(
				'Heyy error 403: tenantId does not match the API key',
			);
			expect(fake.webhooks).toHaveLength(0);
		},
		credential,
	);
});

test('a delivery of an unknown shape is still passed on whole', async () => {
	await bed.withTrigger(on(['WHATSAPP_MESSAGE_RECEIVED']), async (trigger) => {
		await trigger.activate();
		const url = String(fake.webhooks[0].url);
		const r = await trigger.deliver({ event: 'ping', at: 1 }, { url });
		expect(r.status).toBe(200);
		expect(trigger.outputs()[0].map((i) => i.json)).toEqual([
			{ event: 'ping', at: 1, contactId: null, conversationKey: null },
		]);
		await trigger.deactivate();
	});
});

test('a delivery Heyy sends again (same delivery id) is acknowledged but runs once', async () => {
	await bed.withTrigger(on(['WHATSAPP_MESSAGE_RECEIVED']), async (trigger) => {
		await trigger.activate();
		const url = String(fake.webhooks[0].url);
		const delivery = {
			id: 'dlv_repeat_1',
			event: 'message.received',
			data: { id: 'msg_9', content: { body: 'hola' } },
		};
		expect((await trigger.deliver(delivery, { url })).status).toBe(200);
		expect((await trigger.deliver(delivery, { url })).status).toBe(200);
		expect(trigger.executions).toHaveLength(1);
		expect((await trigger.deliver({ ...delivery, id: 'dlv_repeat_2' }, { url })).status).toBe(200);
		expect(trigger.executions).toHaveLength(2);
		await trigger.deactivate();
	});
});

const delivery = (id: string) => ({ ...receivedA, id });

const spec: ProviderTriggerSpec = {
	bed,
	parameters: on(['WHATSAPP_MESSAGE_RECEIVED']),
	registered: () => fake.webhooks.map((w) => ({ id: String(w.id), url: String(w.url) })),
	delivery: (n: number) => ({ body: delivery(`dlv_${n}`) }),
	errorBody: (status: number, message: string) => ({
		error: { messageKey: `error_${status}`, message },
	}),
	hooksPath: '/api_webhooks/',
	registrations: {
		twoEvents: on(['WHATSAPP_MESSAGE_RECEIVED', 'INSTAGRAM_MESSAGE_ECHO']),
		drop: (index) => void fake.webhooks.splice(index, 1),
		redirect: (index) => void (fake.webhooks[index].url = 'https://elsewhere.test/hook'),
		urlOf: (trigger) => trigger.urlWith({ token: String(trigger.staticData.token) }),
	},
	forged: (trigger, url) => [
		{ url: trigger.urlWith({ token: 'a'.repeat(64) }), status: 401 },
		{ url: trigger.urlWith({ token: 'short' }), status: 401 },
		{ url: trigger.webhookUrl, status: 401 },
		{ url: `${url}&token=${'b'.repeat(64)}`, status: 401 },
		{ url, status: 400, raw: '[]' },
	],
	keyChange: {
		parameters: on(['WHATSAPP_MESSAGE_RECEIVED', 'WHATSAPP_MESSAGE_STATUS']),
		reactivation: [
			expect.stringMatching(/^DELETE \/api\/v2\.0\/api_webhooks\/whk_\d+$/),
			expect.stringMatching(/^DELETE \/api\/v2\.0\/api_webhooks\/whk_\d+$/),
			'GET /api/v2.0/channels',
			'POST /api/v2.0/api_webhooks',
			'POST /api/v2.0/api_webhooks',
		],
		unchanged: ['GET /api/v2.0/api_webhooks'],
	},
};

triggerCases(spec);
