import {
	SPOKI_EVENT_NAMES,
	SPOKI_KEY,
	signedDelivery,
	spokiEvent,
	spokiSignature,
} from '../fakes/spoki';
import type { ActiveTrigger } from '../harness/trigger';
import type { ProviderTriggerSpec } from '../harness/triggerCases';
import { triggerCases } from '../harness/triggerCases';
import { ReplayGuard } from '../../nodes/shared/webhook/replay';
import { spokiBed } from './setup';

const bed = spokiBed((fake) => {
	fake.webhooks.length = 0;
	fake.secretOnCreate = true;
});
const { fake } = bed;

/** Runs `test` with a trigger that is active for `events`, then stops it. */
const withTrigger = (events: string[], test: (trigger: ActiveTrigger) => Promise<void>) =>
	bed.withTrigger({ events }, async (trigger) => {
		await trigger.activate();
		await test(trigger);
	});

/** What the trigger adds to a delivery of Spoki contact `id`. */
const keysOf = (id: string) => ({ attachments: [], contactId: id, conversationKey: `spoki:${id}` });

const inbound = () =>
	spokiEvent('message.inbound', {
		message: { id: 77, text: 'Ciao', content_type: 'Text' },
		contact: { id: 1001, phone: '+393331234567' },
	});

const spec: ProviderTriggerSpec = {
	bed,
	parameters: { events: ['message.inbound'] },
	registered: () => fake.webhooks.map((w) => ({ id: String(w.id), url: String(w.url) })),
	delivery: () => {
		const body = inbound();
		return { body, ...signedDelivery(fake.secretFor('message.inbound'), body) };
	},
	errorBody: (_status: number, message: string) => ({ detail: message }),
	hooksPath: '/external-webhooks/',
	registrations: {
		twoEvents: { events: ['message.inbound', 'message.outbound'] },
		drop: (index) => void fake.webhooks.splice(index, 1),
		redirect: (index) => void (fake.webhooks[index].url = 'https://elsewhere.test/hook'),
		// Spoki signs its deliveries: n8n's own URL, no token added.
		urlOf: (trigger) => trigger.webhookUrl,
	},
};

triggerCases(spec);

describe('Spoki Trigger lifecycle', () => {
	test('activate → one v2 webhook per event with its secret kept → signed delivery runs → deactivate → gone', async () => {
		await bed.withTrigger({ events: ['message.inbound', 'contact.created'] }, async (trigger) => {
			await trigger.activate();
			expect(fake.requestsTo('POST', '/external-webhooks/').map((r) => r.body)).toEqual([
				{ event: 'message.inbound', version: 2, url: trigger.webhookUrl, is_active: true },
				{ event: 'contact.created', version: 2, url: trigger.webhookUrl, is_active: true },
			]);
			expect(fake.requests.every((r) => r.headers['x-spoki-api-key'] === SPOKI_KEY)).toBe(true);
			expect(fake.webhooks).toHaveLength(2);
			// The URL is n8n's own, unchanged: Spoki signs, so no token is added.
			expect(fake.webhooks[0].url).toBe(trigger.webhookUrl);
			const ids = fake.webhooks.map((w) => String(w.id));
			expect(trigger.staticData.subscriptionIds).toEqual(ids);
			expect(trigger.staticData.secrets).toEqual({
				[ids[0]]: fake.secretFor('message.inbound'),
				[ids[1]]: fake.secretFor('contact.created'),
			});
			expect(await trigger.checkExists()).toBe(true);
			expect(fake.requestsTo('DELETE', '/external-webhooks/')).toHaveLength(0);

			// Each webhook signs with its own secret; both are accepted.
			const message = inbound();
			const ok = await trigger.deliver(
				message,
				signedDelivery(fake.secretFor('message.inbound'), message),
			);
			expect(ok.status).toBe(200);
			const created = spokiEvent('contact.created', {
				contact: { id: 1002, phone: '+393330000002' },
			});
			const ok2 = await trigger.deliver(
				created,
				signedDelivery(fake.secretFor('contact.created'), created),
			);
			expect(ok2.status).toBe(200);
			expect(trigger.executions).toHaveLength(2);
			expect(trigger.executions.every((e) => e.status === 'success')).toBe(true);
			expect(trigger.outputs().map((items) => items.map((i) => i.json))).toEqual([
				[{ ...message, ...keysOf('1001') }],
				[{ ...created, ...keysOf('1002') }],
			]);

			const secret = fake.secretFor('message.inbound');
			await trigger.deactivate();
			expect(fake.requestsTo('DELETE', '/external-webhooks/').map((r) => r.path)).toEqual(
				ids.map((id) => `/api/1/external-webhooks/${id}/`),
			);
			expect(fake.webhooks).toHaveLength(0);
			expect(trigger.staticData.subscriptionIds).toBeUndefined();
			expect(trigger.staticData.secrets).toBeUndefined();

			// Once deactivated, n8n no longer serves the webhook, and the secrets are gone.
			const late = inbound();
			const after = await trigger.deliver(late, signedDelivery(secret, late));
			expect(after.status).toBe(404);
			expect(trigger.executions).toHaveLength(2);
		});
	});

	test('a webhook Spoki created without its secret gets one through rotate_secret', async () => {
		fake.secretOnCreate = false;
		await withTrigger(['message.outbound'], async (trigger) => {
			const hook = fake.webhooks[0];
			expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
				'POST /api/1/external-webhooks/',
				`POST /api/1/external-webhooks/${hook.id}/rotate_secret/`,
			]);
			expect(trigger.staticData.secrets).toEqual({ [String(hook.id)]: hook.secret });
			const event = spokiEvent('message.outbound', { message: { id: 5 } });
			expect(
				(await trigger.deliver(event, signedDelivery(String(hook.secret), event))).status,
			).toBe(200);
			expect(trigger.executions).toHaveLength(1);
			await trigger.deactivate();
		});
	});

	test('checkExists follows the DRF pages of the webhook list', async () => {
		fake.pageSize = 2;
		try {
			for (let i = 0; i < 5; i++)
				fake.webhooks.push({
					id: 90 + i,
					event: 'contact.updated',
					version: 2,
					url: `https://other.test/${i}`,
					is_active: true,
					secret: 'x',
				});
			await withTrigger(['message.note'], async (trigger) => {
				// Ours is the 6th of 6 webhooks at 2 per page: found on page 3.
				expect(await trigger.checkExists()).toBe(true);
				expect(
					fake.requestsTo('GET', '/external-webhooks/').map((r) => r.query.page ?? '1'),
				).toEqual(['1', '2', '3']);
				await trigger.deactivate();
				expect(fake.webhooks).toHaveLength(5); // other webhooks of the account are left alone
			});
		} finally {
			fake.pageSize = 20;
		}
	});

	test("an activation failing half way leaves no webhook behind and says why in Spoki's words", async () => {
		await bed.withTrigger(
			{ events: ['message.inbound', 'contact.created', 'contact.deleted'] },
			async (trigger) => {
				fake.failNext(
					{ status: 400, body: { url: ['Enter a valid URL.'] } },
					1,
					(r) => r.method === 'POST' && (r.body as { event?: string }).event === 'contact.deleted',
				);
				await expect(trigger.activate()).rejects.toThrow(
					'Spoki error 400: url: Enter a valid URL.',
				);
				expect(fake.requestsTo('POST', '/external-webhooks/')).toHaveLength(3);
				expect(fake.requestsTo('DELETE', '/external-webhooks/')).toHaveLength(2);
				expect(fake.webhooks).toHaveLength(0);
				expect(trigger.staticData.subscriptionIds).toEqual([]);
			},
		);
	});

	test('an unknown event name (from an expression) is refused before any request', async () => {
		await bed.withTrigger({ events: ['message.inbound', 'message.deleted'] }, async (trigger) => {
			await expect(trigger.activate()).rejects.toThrow('"Events" must be one of');
			expect(fake.requestsTo('POST', '/external-webhooks/')).toHaveLength(0);
		});
	});
});

describe('Spoki Trigger: X-Spoki-Signature on every delivery', () => {
	const now = () => Math.floor(Date.now() / 1000);

	test('valid: runs the workflow with the payload', async () => {
		await withTrigger(['message.inbound'], async (trigger) => {
			const event = inbound();
			const r = await trigger.deliver(
				event,
				signedDelivery(fake.secretFor('message.inbound'), event),
			);
			expect(r.status).toBe(200);
			expect(trigger.executions).toHaveLength(1);
			expect(trigger.outputs()[0].map((i) => i.json)).toEqual([{ ...event, ...keysOf('1001') }]);
			await trigger.deactivate();
		});
	});

	test('wrong: another secret, a tampered body or a changed timestamp get 401 and no execution', async () => {
		await withTrigger(['message.inbound'], async (trigger) => {
			const secret = fake.secretFor('message.inbound');
			const event = inbound();
			const otherSecret = await trigger.deliver(event, signedDelivery('whsec_not_ours', event));
			const signed = signedDelivery(secret, event);
			const tampered = await trigger.deliver(event, {
				...signed,
				raw: signed.raw.replace('Ciao', 'Pay now'),
			});
			const t = now();
			const v2 = spokiSignature(secret, signed.raw, t).split('v2=')[1];
			const movedTime = await trigger.deliver(event, {
				raw: signed.raw,
				headers: { 'x-spoki-signature': `t=${t - 1},v2=${v2}` },
			});
			for (const r of [otherSecret, tampered, movedTime]) {
				expect(r.status).toBe(401);
				expect(JSON.parse(r.body)).toEqual({ error: 'Invalid X-Spoki-Signature' });
			}
			expect(trigger.executions).toHaveLength(0);
			await trigger.deactivate();
		});
	});

	test('stale: a timestamp more than 300 s old or ahead gets 401; 299 s is accepted', async () => {
		await withTrigger(['message.inbound'], async (trigger) => {
			const secret = fake.secretFor('message.inbound');
			for (const skew of [-301, 301, -3600]) {
				const event = inbound();
				const r = await trigger.deliver(
					event,
					signedDelivery(secret, event, { timestamp: now() + skew }),
				);
				expect(r.status).toBe(401);
				expect(JSON.parse(r.body).error).toMatch(/outside the 300 s tolerance/);
			}
			expect(trigger.executions).toHaveLength(0);
			const event = inbound();
			const fresh = await trigger.deliver(
				event,
				signedDelivery(secret, event, { timestamp: now() - 299 }),
			);
			expect(fresh.status).toBe(200);
			expect(trigger.executions).toHaveLength(1);
			await trigger.deactivate();
		});
	});

	test('missing or malformed header: 401 and no execution', async () => {
		await withTrigger(['message.inbound'], async (trigger) => {
			const secret = fake.secretFor('message.inbound');
			const event = inbound();
			const raw = JSON.stringify(event);
			const good = spokiSignature(secret, raw);
			const missing = await trigger.deliver(event, { raw });
			expect(missing.status).toBe(401);
			expect(JSON.parse(missing.body)).toEqual({ error: 'Missing X-Spoki-Signature header' });
			for (const header of [
				good.replace('v2=', 'v1='), // deprecated v1 only
				good.split(',')[1], // no timestamp
				`${good},t=${now()}`, // a repeated key
				good.slice(0, -2), // a short signature
				'garbage',
			]) {
				const r = await trigger.deliver(event, { raw, headers: { 'x-spoki-signature': header } });
				expect([header, r.status]).toEqual([header, 401]);
			}
			expect(trigger.executions).toHaveLength(0);
			await trigger.deactivate();
		});
	});

	test('replayed: the same event_uuid is acknowledged but starts no second execution', async () => {
		await withTrigger(['message.inbound'], async (trigger) => {
			const secret = fake.secretFor('message.inbound');
			const event = inbound();
			const delivery = signedDelivery(secret, event);
			expect((await trigger.deliver(event, delivery)).status).toBe(200);
			// The exact same request again, and Spoki's re-signed retry of the same event.
			const replay = await trigger.deliver(event, delivery);
			const retry = await trigger.deliver(
				event,
				signedDelivery(secret, event, { timestamp: now() + 5 }),
			);
			expect(replay.status).toBe(200);
			expect(retry.status).toBe(200);
			expect(trigger.executions).toHaveLength(1);
			// Remembered in static data too: another process (a fresh guard) drops it.
			const stored = { ...trigger.staticData };
			expect(new ReplayGuard(60_000).firstSeen('other', event.event_uuid as string, stored)).toBe(
				false,
			);
			// A different event still runs.
			const next = inbound();
			expect((await trigger.deliver(next, signedDelivery(secret, next))).status).toBe(200);
			expect(trigger.executions).toHaveLength(2);
			await trigger.deactivate();
		});
	});

	test('an event that was not chosen is acknowledged without running', async () => {
		await withTrigger(['message.inbound'], async (trigger) => {
			const event = spokiEvent('contact.deleted', { contact: { id: 3 } });
			const r = await trigger.deliver(
				event,
				signedDelivery(fake.secretFor('message.inbound'), event),
			);
			expect(r.status).toBe(200);
			expect(trigger.executions).toHaveLength(0);
			await trigger.deactivate();
		});
	});
});

describe('Spoki Trigger deliveries after activation', () => {
	test('a delivery reads what activation stored (secrets, events): no credential or parameter read, malformed requests refused first', async () => {
		await withTrigger(['message.inbound'], async (trigger) => {
			const reads = trigger.credentialReads;
			// The node's parameters as n8n would hand them to a later delivery: another event chosen
			// but not published. The delivery goes by what was registered at activation.
			trigger.workflow.getNode('Trigger')!.parameters.events = ['contact.created'];
			const secret = fake.secretFor('message.inbound');
			for (let n = 0; n < 3; n++) {
				const message = inbound();
				expect((await trigger.deliver(message, signedDelivery(secret, message))).status).toBe(200);
			}
			expect(trigger.executions).toHaveLength(3);

			const message = inbound();
			const unsigned = await trigger.deliver(message);
			expect([unsigned.status, unsigned.body]).toEqual([
				401,
				JSON.stringify({ error: 'Missing X-Spoki-Signature header' }),
			]);
			const notAnObject = signedDelivery(secret, [message]);
			expect((await trigger.deliver(null, notAnObject)).status).toBe(400);
			expect((await trigger.deliver(message, signedDelivery('whsec_forged', message))).status).toBe(
				401,
			);
			expect(trigger.executions).toHaveLength(3);
			expect(trigger.credentialReads).toBe(reads);
		});
	});

	test('a credential change does not touch the signing secrets: deliveries keep running', async () => {
		await withTrigger(['message.inbound'], async (trigger) => {
			trigger.setCredential('spokiApi', bed.credentialWith('a-replaced-key-spoki-does-not-know'));
			const message = inbound();
			expect(
				(await trigger.deliver(message, signedDelivery(fake.secretFor('message.inbound'), message)))
					.status,
			).toBe(200);
			expect(trigger.executions).toHaveLength(1);
		});
	});
});

describe('Spoki Trigger: the contact field event, whose code is a guess', () => {
	test('each candidate code is tried in turn while Spoki refuses it (400, nothing created); the accepted one is delivered', async () => {
		SPOKI_EVENT_NAMES.push('contact_field.updated'); // this Spoki knows the second candidate
		try {
			await withTrigger(['contact_field.created'], async (trigger) => {
				expect(
					fake
						.requestsTo('POST', '/external-webhooks/')
						.map((r) => (r.body as { event: string }).event),
				).toEqual(['contact_field.created', 'contact_field.updated']);
				expect(fake.webhooks.map((w) => w.event)).toEqual(['contact_field.updated']);
				const changed = spokiEvent('contact_field.updated', {
					contact: { id: 5 },
					field: { code: 'city', value: 'Roma' },
				});
				expect(
					(
						await trigger.deliver(
							changed,
							signedDelivery(fake.secretFor('contact_field.updated'), changed),
						)
					).status,
				).toBe(200);
				expect(trigger.executions).toHaveLength(1);
			});
		} finally {
			SPOKI_EVENT_NAMES.splice(SPOKI_EVENT_NAMES.indexOf('contact_field.updated'), 1);
		}
	});

	test("when Spoki refuses every candidate, activation fails in Spoki's words and leaves nothing behind", async () => {
		await bed.withTrigger({ events: ['contact_field.created'] }, async (trigger) => {
			await expect(trigger.activate()).rejects.toThrow('is not a valid choice');
			expect(fake.requestsTo('POST', '/external-webhooks/')).toHaveLength(4);
			expect(fake.webhooks).toHaveLength(0);
		});
	});
});
