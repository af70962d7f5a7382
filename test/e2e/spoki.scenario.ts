import { FakeSpoki, SPOKI_KEY, spokiEvent, spokiSignature } from '../fakes/spoki';
import type { Scenario } from './scenarios';

const fake = new FakeSpoki();

const customers = [
	{ phone: '+393331112222', firstName: 'Giulia', lastName: 'Rossi', orderId: 'A-1001' },
	{ phone: '+393334445555', firstName: 'Marco', lastName: 'Bianchi', orderId: 'A-1002' },
];

/** The sender of the inbound message. */
const sender = { id: 1001, phone: '+393339998888', first_name: 'Sara', last_name: 'Conti' };

/** The welcome automation's "API Url" trigger (seeded in the fake). */
const WELCOME_HOOK = 'b1f0c0de-0000-4000-8000-00000000a001';

export const spokiScenario: Scenario = {
	provider: 'Spoki',
	fake,
	reset() {
		fake.contacts.length = 0;
		fake.sent.length = 0;
		fake.started.length = 0;
		fake.bulkSizes.length = 0;
	},
	credentials: (baseUrl) => [
		{
			id: 'msuitespoki00001',
			name: 'Spoki account',
			type: 'spokiApi',
			data: { apiKey: SPOKI_KEY, baseUrl },
		},
	],
	nodeTypes: ['spoki', 'spokiHitlTool', 'spokiTool', 'spokiTrigger'],
	credentialTypes: ['spokiApi'],
	manual: {
		file: 'spoki-sync-and-send-template.json',
		check(run) {
			// Both contacts in one bulk sync request, then one template per contact.
			expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
				'POST /api/1/contacts/sync_all/',
				...customers.map(() => 'POST /api/1/messages/send/'),
			]);
			expect(fake.requests.every((r) => r.headers['x-spoki-api-key'] === SPOKI_KEY)).toBe(true);
			expect(fake.requestsTo('POST', '/contacts/sync_all/').map((r) => r.body)).toEqual([
				customers.map((c) => ({
					phone: c.phone,
					first_name: c.firstName,
					last_name: c.lastName,
					language: 'it',
					custom_fields: { ORDER_ID: c.orderId },
				})),
			]);
			const templates = customers.map((c) => ({
				type: 'Template',
				phone: c.phone,
				template: 301,
				language: 'IT',
				custom_fields: { ORDER_ID: c.orderId },
			}));
			// Items run in parallel: the two sends may reach the fake in either order.
			const byPhone = <T extends { phone: string }>(list: T[]) =>
				[...list].sort((a, b) => a.phone.localeCompare(b.phone));
			expect(
				byPhone(fake.requestsTo('POST', '/messages/send/').map((r) => r.body as { phone: string })),
			).toEqual(byPhone(templates));

			const synced =
				run.data.resultData.runData['Create or update contacts'][0].data?.main[0] ?? [];
			expect(synced.map((i) => i.json)).toEqual(
				customers.map((c) =>
					expect.objectContaining({
						id: expect.any(Number),
						phone: c.phone,
						first_name: c.firstName,
						last_name: c.lastName,
					}),
				),
			);
			const sent =
				run.data.resultData.runData['Send order shipped template'][0].data?.main[0] ?? [];
			expect(sent.map((i) => i.json.messageId)).toEqual(sent.map((i) => i.json.id));
			expect(sent.map((i) => i.json)).toEqual(
				templates.map((t) => ({
					// Every provider's send leads with the message id and status.
					messageId: expect.any(Number),
					id: expect.any(Number),
					uuid: expect.any(String),
					status: 'Pending',
					...t,
				})),
			);
		},
	},
	trigger: {
		file: 'spoki-welcome-automation.json',
		registeredUrls: () => fake.webhooks.map((w) => String(w.url)),
		async deliver(url, forge) {
			const hook = fake.webhooks.find((w) => w.url === url && w.event === 'message.inbound');
			if (!hook) throw new Error(`No message.inbound webhook for ${url}`);
			const event = spokiEvent('message.inbound', {
				message: { id: 77, text: 'Ciao! Vorrei più INFO sulle spedizioni', content_type: 'Text' },
				contact: sender,
			});
			const raw = JSON.stringify(event);
			// A forged delivery is signed with a secret other than the one Spoki handed out.
			const secret = forge ? 'whsec_forged' : String(hook.secret);
			const r = await fetch(url, {
				method: 'POST',
				headers: {
					'content-type': 'application/json',
					'x-spoki-signature': spokiSignature(secret, raw),
				},
				body: raw,
			});
			return r.status;
		},
		checkRun() {
			// One signed (version 2) webhook for the chosen event.
			expect(fake.requestsTo('POST', '/external-webhooks/').map((r) => r.body)).toEqual([
				{
					event: 'message.inbound',
					version: 2,
					url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/webhook\//),
					is_active: true,
				},
			]);
			// A single item goes through the one-contact endpoint, not the bulk one.
			expect(fake.requestsTo('POST', '/contacts/').map((r) => [r.path, r.body])).toEqual([
				[
					'/api/1/contacts/sync/',
					{ phone: sender.phone, first_name: sender.first_name, last_name: sender.last_name },
				],
			]);
			// The automation is started with its trigger secret, and without the API key.
			const starts = fake.requestsTo('POST', `/wh/ap/${WELCOME_HOOK}/`);
			expect(starts.map((r) => r.body)).toEqual([
				{ secret: 'trigger-secret-welcome', phone: sender.phone, first_name: sender.first_name },
			]);
			expect(starts[0].headers['x-spoki-api-key']).toBeUndefined();
			expect(fake.started).toEqual([
				{
					uuid: WELCOME_HOOK,
					secret: 'trigger-secret-welcome',
					phone: sender.phone,
					first_name: sender.first_name,
				},
			]);
		},
	},
};
