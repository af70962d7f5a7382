import { FakeTwoChat, TWOCHAT_KEY } from '../fakes/twochat';
import { pkg, type } from '../harness/package';
import { ActiveTrigger, KeyRotationProxy } from '../harness/trigger';

const fake = new FakeTwoChat();
let baseUrl = '';
beforeAll(async () => {
	baseUrl = await fake.start();
});
afterAll(() => fake.stop());
beforeEach(() => {
	fake.requests.length = 0;
	fake.webhooks.length = 0;
	fake.clearFaults();
});

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

async function activeTrigger(
	events: string[],
	extra: Record<string, unknown> = {},
	base = baseUrl,
) {
	const trigger = new ActiveTrigger(pkg, {
		type: type('twoChatTrigger'),
		parameters: { events, onNumber: '+5215500000001', ...extra },
		credentials: { twoChatApi: { apiKey: TWOCHAT_KEY, baseUrl: base } },
	});
	await trigger.start();
	return trigger;
}

test('lifecycle: activate → subscriptions → tokened delivery runs → untokened 401 → deactivate → gone', async () => {
	const trigger = await activeTrigger(['whatsapp.message.received', 'whatsapp.message.sent']);
	try {
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
			{ event: 'whatsapp.message.received', ...payload, attachments: [] },
		]);
		expect(trigger.executions[0].status).toBe('success');

		// Anyone else: no token, a wrong token, a token of another length.
		for (const query of [
			{},
			{ token: 'f'.repeat(64) },
			{ token: 'f'.repeat(48) },
			{ token: 'short' },
		] as Array<Record<string, string>>) {
			const denied = await trigger.deliver(payload, { query });
			expect(denied.status).toBe(401);
		}
		expect(trigger.executions).toHaveLength(1);

		await trigger.deactivate();
		const ids = (trigger.staticData.subscriptionIds as string[] | undefined) ?? [];
		expect(ids).toEqual([]);
		expect(fake.requestsTo('DELETE', '/webhooks/').map((r) => r.path)).toEqual([
			expect.stringMatching(/^\/open\/webhooks\/WHK\d+$/),
			expect.stringMatching(/^\/open\/webhooks\/WHK\d+$/),
		]);
		expect(fake.webhooks).toHaveLength(0);
		expect(trigger.staticData.subscriptionIds).toBeUndefined();
		// After deactivation n8n no longer serves the webhook: nothing reaches the workflow.
		const after = await trigger.deliver(payload, { query: { token } });
		expect(after.status).toBe(404);
		expect(trigger.executions).toHaveLength(1);
	} finally {
		await trigger.stop();
	}
});

test('a group event subscription carries the group; other events do not', async () => {
	const trigger = await activeTrigger(
		['whatsapp.group.message.received', 'whatsapp.message.received'],
		{ groupUuid: 'WGP001' },
	);
	try {
		await trigger.activate();
		const bodies = fake
			.requestsTo('POST', '/webhooks/subscribe/')
			.map((r) => r.body as Record<string, unknown>);
		expect(bodies[0].to_group_uuid).toBe('WGP001');
		expect(bodies[1].to_group_uuid).toBeUndefined();
		await trigger.deactivate();
		expect(fake.webhooks).toHaveLength(0);
	} finally {
		await trigger.stop();
	}
});

test('deactivation when 2Chat already deleted a subscription (404) still removes the rest', async () => {
	const trigger = await activeTrigger(['whatsapp.message.received', 'whatsapp.message.sent']);
	try {
		await trigger.activate();
		fake.webhooks.splice(0, 1); // deleted on 2Chat's side
		expect(await trigger.checkExists()).toBe(false);
		await trigger.deactivate();
		expect(fake.requestsTo('DELETE', '/webhooks/')).toHaveLength(2);
		expect(fake.webhooks).toHaveLength(0);
	} finally {
		await trigger.stop();
	}
});

test('checkExists only looks: it never deletes', async () => {
	const trigger = await activeTrigger(['whatsapp.message.received']);
	try {
		expect(await trigger.checkExists()).toBe(false); // nothing stored yet: no request
		await trigger.activate();
		fake.webhooks[0].hook_url = 'https://elsewhere.test/hook';
		expect(await trigger.checkExists()).toBe(false);
		expect(fake.requestsTo('DELETE', '/webhooks/')).toHaveLength(0);
		expect(fake.webhooks).toHaveLength(1);
		// Re-activation replaces our own stale subscription instead of orphaning it.
		await trigger.activate();
		expect(fake.webhooks).toHaveLength(1);
		expect(fake.webhooks[0].hook_url).toBe(
			trigger.urlWith({
				token: String(trigger.staticData.token),
				event: 'whatsapp.message.received',
			}),
		);
		await trigger.deactivate();
		expect(fake.webhooks).toHaveLength(0);
	} finally {
		await trigger.stop();
	}
});

test('an activation failing half way leaves no subscription behind', async () => {
	const trigger = await activeTrigger([
		'whatsapp.message.received',
		'whatsapp.message.sent',
		'whatsapp.message.new',
	]);
	try {
		fake.failNext(
			{ status: 500, body: { success: false, error: true, error_message: 'Subscribe failed' } },
			1,
			(r) => r.path.endsWith('whatsapp.message.new'),
		);
		await expect(trigger.activate()).rejects.toThrow('2Chat error 500: Subscribe failed');
		expect(fake.requestsTo('POST', '/webhooks/subscribe/')).toHaveLength(3);
		expect(fake.webhooks).toHaveLength(0);
		expect(trigger.staticData.subscriptionIds).toEqual([]);
	} finally {
		await trigger.stop();
	}
});

test('a deletion that fails once is retried and leaves nothing behind', async () => {
	const trigger = await activeTrigger(['whatsapp.message.received']);
	try {
		await trigger.activate();
		fake.failNext(
			{
				status: 503,
				headers: { 'retry-after': '0' },
				body: { success: false, error: true, error_message: 'Busy' },
			},
			1,
			(r) => r.method === 'DELETE',
		);
		await trigger.deactivate();
		expect(fake.requestsTo('DELETE', '/webhooks/')).toHaveLength(2);
		expect(fake.webhooks).toHaveLength(0);
	} finally {
		await trigger.stop();
	}
});

test('a delivery arriving before n8n saved the trigger state is still verified (the token is derived, not stored)', async () => {
	const trigger = await activeTrigger(['whatsapp.message.received']);
	try {
		await trigger.activate();
		const url = String(fake.webhooks[0].hook_url);
		// n8n 2.x saves static data after activation completes; simulate the gap.
		for (const key of Object.keys(trigger.staticData)) delete trigger.staticData[key];
		expect((await trigger.deliver(payload, { url })).status).toBe(200);
		expect(trigger.executions).toHaveLength(1);
		const forged = trigger.urlWith({ token: 'f'.repeat(64), event: 'whatsapp.message.received' });
		expect((await trigger.deliver(payload, { url: forged })).status).toBe(401);
		expect(trigger.executions).toHaveLength(1);
	} finally {
		await trigger.stop();
	}
});

test('each event has its own URL, so a read receipt and a received message of the same message are told apart, and each runs once', async () => {
	const trigger = await activeTrigger([
		'whatsapp.message.received',
		'whatsapp.message.receipt.read',
	]);
	try {
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
			(await trigger.deliver({ ...payload, uuid: 'MSG43', id: 'MSG43' }, { url: received })).status,
		).toBe(200);
		expect(trigger.executions).toHaveLength(3);
		// An event this activation did not subscribe to is acknowledged, not run.
		const other = trigger.urlWith({
			token: String(trigger.staticData.token),
			event: 'whatsapp.message.sent',
		});
		expect((await trigger.deliver({ ...payload, uuid: 'MSG44' }, { url: other })).status).toBe(200);
		expect(trigger.executions).toHaveLength(3);
		// A WABA payload names its own event.
		const waba = { ...payload, uuid: 'MSG45', event: 'whatsapp.waba.message.received' };
		expect((await trigger.deliver(waba, { url: received })).status).toBe(200);
		expect(trigger.outputs()[3][0].json.event).toBe('whatsapp.waba.message.received');
	} finally {
		await trigger.stop();
	}
});

test('whatsapp.conversation.new is subscribed with the chosen time_period; other events without it', async () => {
	const trigger = await activeTrigger(['whatsapp.conversation.new', 'whatsapp.message.received'], {
		timePeriod: 'week',
	});
	try {
		await trigger.activate();
		const bodies = fake
			.requestsTo('POST', '/webhooks/subscribe/')
			.map((r) => r.body as Record<string, unknown>);
		expect(bodies.map((b) => b.time_period)).toEqual(['week', undefined]);
	} finally {
		await trigger.stop();
	}
	const defaulted = await activeTrigger(['whatsapp.conversation.new']);
	try {
		fake.requests.length = 0;
		await defaulted.activate();
		expect(
			fake
				.requestsTo('POST', '/webhooks/subscribe/')
				.map((r) => (r.body as Record<string, unknown>).time_period),
		).toEqual(['all-time']);
		const bad = await activeTrigger(['whatsapp.conversation.new'], { timePeriod: 'fortnight' });
		await expect(bad.activate()).rejects.toThrow(
			'"New Conversation After" must be one of all-time, day, hour, month, week, year',
		);
		await bad.stop();
	} finally {
		await defaulted.stop();
	}
});

test('deliveries are verified against the token stored at activation: no credential read, forged and malformed ones refused first', async () => {
	const trigger = await activeTrigger(['whatsapp.message.received']);
	try {
		await trigger.activate();
		const url = String(fake.webhooks[0].hook_url);
		const reads = trigger.credentialReads;
		for (let n = 0; n < 5; n++)
			expect((await trigger.deliver({ ...payload, uuid: `MSG${n}` }, { url })).status).toBe(200);
		const event = 'whatsapp.message.received';
		const forged: Array<{ url: string; status: number; raw?: string }> = [
			{ url: trigger.urlWith({ token: 'a'.repeat(64), event }), status: 401 },
			{ url: trigger.urlWith({ token: 'nope', event }), status: 401 },
			{ url: `${url}&token=forged-token`, status: 401 },
			{ url, status: 400, raw: '[]' },
		];
		for (const f of forged)
			expect([f.url, (await trigger.deliver(payload, { url: f.url, raw: f.raw })).status]).toEqual([
				f.url,
				f.status,
			]);
		expect(trigger.executions).toHaveLength(5);
		expect(trigger.credentialReads).toBe(reads);
	} finally {
		await trigger.stop();
	}
});

test('a key change keeps the registered URLs working; the next activation registers new ones and the old token is refused', async () => {
	const proxy = new KeyRotationProxy(baseUrl);
	const base = await proxy.start();
	const trigger = await activeTrigger(['whatsapp.message.received'], {}, base);
	try {
		await trigger.activate();
		const oldUrl = String(fake.webhooks[0].hook_url);
		const rotated = `rotated-${TWOCHAT_KEY}`;
		proxy.keys.set(rotated, TWOCHAT_KEY);
		trigger.setCredential('twoChatApi', { apiKey: rotated, baseUrl: base });
		expect((await trigger.deliver({ ...payload, uuid: 'MSG-A' }, { url: oldUrl })).status).toBe(
			200,
		);
		fake.requests.length = 0;
		await trigger.activate();
		expect(fake.requests.map((r) => `${r.method} ${r.path.replace(/WHK\d+/, 'WHK…')}`)).toEqual([
			'DELETE /open/webhooks/WHK…',
			'POST /open/webhooks/subscribe/whatsapp.message.received',
		]);
		const newUrl = String(fake.webhooks[0].hook_url);
		expect(newUrl).not.toBe(oldUrl);
		expect((await trigger.deliver({ ...payload, uuid: 'MSG-B' }, { url: oldUrl })).status).toBe(
			401,
		);
		expect((await trigger.deliver({ ...payload, uuid: 'MSG-C' }, { url: newUrl })).status).toBe(
			200,
		);
		expect(trigger.outputs().map((items) => items[0].json.uuid)).toEqual(['MSG-A', 'MSG-C']);
	} finally {
		await trigger.stop();
		await proxy.stop();
	}
});

test('WhatsApp Business events subscribe like the others, on the WABA number; their deliveries name the event and carry media as attachments', async () => {
	const trigger = await activeTrigger(['whatsapp.waba.message.received'], {
		onNumber: '+16173518454',
	});
	try {
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
	} finally {
		await trigger.stop();
	}
});
