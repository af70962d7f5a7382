import { FakeTwoChat, TWOCHAT_KEY } from '../fakes/twochat';
import { pkg, type } from '../harness/package';
import { ActiveTrigger } from '../harness/trigger';

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

async function activeTrigger(events: string[], extra: Record<string, unknown> = {}) {
	const trigger = new ActiveTrigger(pkg, {
		type: type('twoChatTrigger'),
		parameters: { events, onNumber: '+5215500000001', ...extra },
		credentials: { twoChatApi: { apiKey: TWOCHAT_KEY, baseUrl } },
	});
	await trigger.start();
	return trigger;
}

test('lifecycle: activate → subscriptions → tokened delivery runs → untokened 401 → deactivate → gone', async () => {
	const trigger = await activeTrigger(['whatsapp.message.received', 'whatsapp.message.sent']);
	try {
		await trigger.activate();
		// One subscription per event, each pointing at n8n's production URL plus our token.
		expect(fake.requestsTo('POST', '/webhooks/subscribe/').map((r) => r.path)).toEqual([
			'/open/webhooks/subscribe/whatsapp.message.received',
			'/open/webhooks/subscribe/whatsapp.message.sent',
		]);
		expect(fake.webhooks).toHaveLength(2);
		const hookUrl = new URL(String(fake.webhooks[0].hook_url));
		expect(`${hookUrl.origin}${hookUrl.pathname}`).toBe(trigger.webhookUrl);
		const token = hookUrl.searchParams.get('token')!;
		expect(token).toMatch(/^[0-9a-f]{64}$/);
		expect(fake.requests[0].body).toEqual({ hook_url: hookUrl.toString(), on_number: '+5215500000001' });
		expect(await trigger.checkExists()).toBe(true);

		// 2Chat delivers to the URL it was given: the workflow runs with the payload.
		const ok = await trigger.deliver(payload, { url: String(fake.webhooks[0].hook_url) });
		expect(ok.status).toBe(200);
		expect(trigger.executions).toHaveLength(1);
		expect(trigger.outputs()[0].map((i) => i.json)).toEqual([payload]);
		expect(trigger.executions[0].status).toBe('success');

		// Anyone else: no token, a wrong token, a token of another length.
		for (const query of [{}, { token: 'f'.repeat(48) }, { token: 'short' }] as Array<Record<string, string>>) {
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
	const trigger = await activeTrigger(['whatsapp.group.message.received', 'whatsapp.message.received'], { groupUuid: 'WGP001' });
	try {
		await trigger.activate();
		const bodies = fake.requestsTo('POST', '/webhooks/subscribe/').map((r) => r.body as Record<string, unknown>);
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
		expect(fake.webhooks[0].hook_url).toContain(trigger.webhookUrl);
		await trigger.deactivate();
		expect(fake.webhooks).toHaveLength(0);
	} finally {
		await trigger.stop();
	}
});

test('an activation failing half way leaves no subscription behind', async () => {
	const trigger = await activeTrigger(['whatsapp.message.received', 'whatsapp.message.sent', 'whatsapp.message.new']);
	try {
		fake.failNext({ status: 500, body: { success: false, error: true, error_message: 'Subscribe failed' } }, 1, (r) =>
			r.path.endsWith('whatsapp.message.new'),
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
		fake.failNext({ status: 503, headers: { 'retry-after': '0' }, body: { success: false, error: true, error_message: 'Busy' } }, 1, (r) => r.method === 'DELETE');
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
		const forged = new URL(url);
		forged.searchParams.set('token', 'f'.repeat(64));
		expect((await trigger.deliver(payload, { url: forged.toString() })).status).toBe(401);
		expect(trigger.executions).toHaveLength(1);
	} finally {
		await trigger.stop();
	}
});
