// eslint-disable-next-line @n8n/community-nodes/no-restricted-imports -- a test prints its figure
import { writeSync } from 'node:fs';

import { WENI_TOKEN } from '../fakes/weni';
import type { ProviderTriggerSpec } from '../harness/triggerCases';
import { expectGone, expectTokensRefused, triggerCases } from '../harness/triggerCases';
import { weniBed } from './setup';

const bed = weniBed('', (fake) => fake.reset());
const { fake, calls } = bed;

/** What mailroom posts for a "Call Zapier/resthook" action (goflow's default webhook payload). */
const payload = {
	contact: {
		uuid: '0fd8a9ae-5a1c-4bd2-9f38-9a7d0f2e1a11',
		name: 'Manu Silva',
		urn: 'whatsapp:5582999990000',
	},
	flow: { uuid: 'f5901b62-ba76-4003-9c62-72fdacc1b7b7', name: 'Onboarding', revision: 12 },
	path: [
		{ uuid: 'a1', node_uuid: 'n1', arrived_on: '2026-11-22T10:00:00.000000Z', exit_uuid: 'e1' },
		{ uuid: 'a2', node_uuid: 'n2', arrived_on: '2026-11-22T10:00:05.000000Z', exit_uuid: '' },
	],
	results: {
		email: {
			name: 'Email',
			value: 'manu@weni.ai',
			category: 'Has Email',
			category_localized: 'Has Email',
			node_uuid: 'n1',
			input: 'manu@weni.ai',
			created_on: '2026-11-22T10:00:04.000000Z',
		},
	},
	run: { uuid: 'r-1', created_on: '2026-11-22T10:00:00.000000Z' },
	input: {
		uuid: 'i-1',
		type: 'msg',
		text: 'manu@weni.ai',
		attachments: [],
		urn: { scheme: 'whatsapp', path: '5582999990000', display: '' },
		channel: { uuid: 'ch-1', name: 'WhatsApp' },
		created_on: '2026-11-22T10:00:04.000000Z',
	},
	channel: { uuid: 'ch-1', name: 'WhatsApp', address: '+5582999990000' },
};

/** Trigger parameters: the resthook's slug. */
const on = (resthook = 'new-lead') => ({ resthook });

test('lifecycle: activate → one subscriber → tokened delivery runs once → others get 401 → deactivate → gone', async () => {
	await bed.withTrigger(on(), async (trigger) => {
		expect(await trigger.checkExists()).toBe(false); // nothing stored yet: no request
		expect(fake.requests).toHaveLength(0);

		await trigger.activate();
		expect(calls()).toEqual(['POST /api/v2/resthook_subscribers.json']);
		expect(fake.subscribers).toHaveLength(1);
		const subscriber = fake.subscribers[0];
		// n8n's production URL with our token.
		const target = new URL(String(subscriber.target_url));
		const token = target.searchParams.get('token')!;
		expect(token).toMatch(/^[0-9a-f]{64}$/);
		expect(target.toString()).toBe(trigger.urlWith({ token }));
		expect(fake.requests[0].body).toEqual({ resthook: 'new-lead', target_url: target.toString() });
		expect(fake.requests[0].headers.authorization).toBe(`Token ${WENI_TOKEN}`);
		expect(trigger.staticData.subscriptionIds).toEqual([String(subscriber.id)]);
		expect(trigger.staticData.token).toBe(token);

		fake.requests.length = 0;
		expect(await trigger.checkExists()).toBe(true);
		expect(calls()).toEqual(['GET /api/v2/resthook_subscribers.json']);
		expect(fake.requests[0].query).toEqual({ resthook: 'new-lead' });

		// Weni posts the flow payload to the URL it was given: one execution, one item.
		const ok = await trigger.deliver(payload, { url: String(subscriber.target_url) });
		expect(ok.status).toBe(200);
		expect(trigger.executions).toHaveLength(1);
		expect(trigger.executions[0].status).toBe('success');
		expect(trigger.outputs()[0].map((i) => i.json)).toEqual([
			{
				...payload,
				attachments: [],
				contactId: payload.contact.uuid,
				conversationKey: `weni:${payload.contact.uuid}`,
			},
		]);

		// Anyone else: no token, a wrong token, a token of another length.
		await expectTokensRefused(trigger, payload);
		expect(trigger.executions).toHaveLength(1);

		fake.requests.length = 0;
		await trigger.deactivate();
		expect(calls()).toEqual(['DELETE /api/v2/resthook_subscribers.json']);
		expect(fake.requests[0].query).toEqual({ id: String(subscriber.id) });
		expect(fake.subscribers).toHaveLength(0);
		await expectGone(trigger, payload, token);
	});
});

test('checkExists matches the subscriber by slug and URL, and never deletes', async () => {
	await bed.withTrigger(on('order-paid'), async (trigger) => {
		await trigger.activate();
		const ours = fake.subscribers[0];
		expect(ours.resthook).toBe('order-paid');

		// Another subscriber of another slug does not confuse it.
		fake.subscribers.push({
			id: 1,
			resthook: 'new-lead',
			target_url: ours.target_url,
			created_on: '2026-01-01T00:00:00Z',
		});
		expect(await trigger.checkExists()).toBe(true);

		// Our subscriber now points elsewhere: not ours any more, but left alone.
		ours.target_url = 'https://elsewhere.test/hook';
		fake.requests.length = 0;
		expect(await trigger.checkExists()).toBe(false);
		expect(calls()).toEqual(['GET /api/v2/resthook_subscribers.json']);
		expect(fake.subscribers).toHaveLength(2);

		// Re-activation removes our stale subscriber by id and subscribes again.
		fake.requests.length = 0;
		await trigger.activate();
		expect(calls()).toEqual([
			'GET /api/v2/resthook_subscribers.json',
			'DELETE /api/v2/resthook_subscribers.json',
			'POST /api/v2/resthook_subscribers.json',
		]);
		expect(fake.subscribers.map((s) => s.resthook)).toEqual(['new-lead', 'order-paid']);
		expect(String(fake.subscribers[1].target_url)).toBe(
			trigger.urlWith({ token: String(trigger.staticData.token) }),
		);
		await trigger.deactivate();
		expect(fake.subscribers.map((s) => s.id)).toEqual([1]);
	});
});

test('deactivation when Weni already removed the subscriber (404, e.g. after a 410) is fine', async () => {
	await bed.withTrigger(on(), async (trigger) => {
		await trigger.activate();
		fake.subscribers.length = 0;
		expect(await trigger.checkExists()).toBe(false);
		fake.requests.length = 0;
		await trigger.deactivate();
		expect(calls()).toEqual(['DELETE /api/v2/resthook_subscribers.json']);
		expect(trigger.staticData.subscriptionIds).toBeUndefined();
	});
});

test("a slug that does not exist fails activation in Weni's words and leaves nothing behind", async () => {
	await bed.withTrigger(on('no-such-hook'), async (trigger) => {
		await expect(trigger.activate()).rejects.toThrow(
			'Weni error 400: resthook: No resthook with slug: no-such-hook',
		);
		expect(fake.subscribers).toHaveLength(0);
		expect(trigger.staticData?.subscriptionIds ?? []).toEqual([]);
	});
});

test('a subscribe throttled with 429 (refused before it ran) is sent again once, and one subscriber exists', async () => {
	await bed.withTrigger(on(), async (trigger) => {
		fake.failNext({
			status: 429,
			headers: { 'retry-after': '0' },
			body: { detail: 'Request was throttled. Expected available in 0 second.' },
		});
		await trigger.activate();
		expect(fake.requestsTo('POST', '/resthook_subscribers.json')).toHaveLength(2);
		expect(fake.subscribers).toHaveLength(1);
	});
});

/** The same resthook call as `payload`, at another run or step. */
const call = (run: string, step = 'a2') => ({
	...payload,
	run: { ...payload.run, uuid: run },
	path: [payload.path[0], { ...payload.path[1], uuid: step }],
});

const spec: ProviderTriggerSpec = {
	bed,
	parameters: on(),
	registered: () => fake.subscribers.map((r) => ({ id: String(r.id), url: String(r.target_url) })),
	delivery: (n: number) => ({ body: call(`run-${n}`) }),
	errorBody: (_status: number, message: string) => ({ detail: message }),
	hooksPath: '/resthook_subscribers.json',
	// Forged: a wrong token of the right shape, a malformed one, none at all; a tampered query
	// token; the right token with a body that is not a JSON object.
	forged: (trigger, url) => [
		{ url: trigger.urlWith({ token: 'a'.repeat(64) }), status: 401 },
		{ url: trigger.urlWith({ token: 'A'.repeat(64) }), status: 401 },
		{ url: trigger.urlWith({ token: 'not-a-token' }), status: 401 },
		{ url: trigger.webhookUrl, status: 401 },
		{
			url: `${trigger.webhookUrl}?token=${'b'.repeat(64)}&token=${String(trigger.staticData.token)}`,
			status: 401,
		},
		{ url, status: 400, raw: '[1,2]' },
		{ url, status: 400, raw: '"text"' },
	],
	keyChange: {
		reactivation: [
			'DELETE /api/v2/resthook_subscribers.json',
			'POST /api/v2/resthook_subscribers.json',
		],
		unchanged: ['GET /api/v2/resthook_subscribers.json'],
	},
};

triggerCases(spec);

test('a repeated resthook call (same run, same step) runs once; the same run at another step runs again', async () => {
	await bed.withTrigger(on(), async (trigger) => {
		await trigger.activate();
		const url = String(fake.subscribers[0].target_url);
		expect((await trigger.deliver(call('run-1'), { url })).status).toBe(200);
		expect((await trigger.deliver(call('run-1'), { url })).status).toBe(200); // acknowledged
		expect((await trigger.deliver(call('run-1', 'a3'), { url })).status).toBe(200);
		expect((await trigger.deliver(call('run-2'), { url })).status).toBe(200);
		expect(
			trigger
				.outputs()
				.map(
					(items) =>
						`${items[0].json.run && (items[0].json.run as { uuid: string }).uuid}:${(items[0].json.path as Array<{ uuid: string }>)[1].uuid}`,
				),
		).toEqual(['run-1:a2', 'run-1:a3', 'run-2:a2']);
	});
});

test('activation refuses an n8n webhook URL on this machine when Weni is on the internet: nothing registered, what to set said', async () => {
	// The provider's host is public (never contacted here); n8n's webhook URL in the harness is 127.0.0.1.
	const credentials = { weniApi: bed.credentialWith(WENI_TOKEN, 'https://flows.weni.ai') };
	await bed.withTrigger(
		on(),
		async (trigger) => {
			try {
				await expect(trigger.activate()).rejects.toThrow(
					/^Weni cannot reach n8n at 127\.0\.0\.1:\d+: the webhook URL n8n gives is on this machine or a private network$/,
				);
				expect(fake.requests).toHaveLength(0);
			} finally {
				await trigger.deactivate().catch(() => undefined);
			}
		},
		credentials,
	);
});

test('the replay store stays small: a full store (500 calls remembered) costs a few KB per save, and a repeat saves nothing', async () => {
	await bed.withTrigger(on('new-lead'), async (trigger) => {
		await trigger.activate();
		const url = String(fake.subscribers[0].target_url);
		// Weni's call ids are the longest of the four (run uuid + step uuid).
		const id = (n: number) => `${String(n).padStart(8, '0')}-1c4b-4c1e-9c1a-5b6f0e2d3a4b`;
		for (let n = 0; n < 600; n++) {
			const status = (await trigger.deliver(call(id(n), `${id(n)}-step`), { url })).status;
			if (status !== 200) throw new Error(`delivery ${n} answered ${status}`);
		}
		const full = trigger.deliverySaves.slice(-100);
		const mean = full.reduce((sum, b) => sum + b, 0) / full.length;
		writeSync(
			1,
			`\nReplay store: ${trigger.deliverySaves.length} saves for 600 deliveries; with 500 remembered ${mean.toFixed(0)} bytes/save on average, ${Math.max(...full)} at most\n`,
		);
		const saves = trigger.deliverySaves.length;
		expect((await trigger.deliver(call(id(599), `${id(599)}-step`), { url })).status).toBe(200);
		expect(trigger.deliverySaves.length).toBe(saves);
		expect(trigger.executions).toHaveLength(600);
		expect(Math.max(...full)).toBeLessThan(10_000);
	});
});
