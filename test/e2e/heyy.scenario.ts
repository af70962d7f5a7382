import { FakeHeyy, HEYY_KEY, HEYY_TENANT } from '../fakes/heyy';
import type { Scenario } from './scenarios';

const fake = new FakeHeyy();

/** A WhatsApp message received, in Heyy's `message.received` shape (the message under `data`). */
const received = {
	id: 'dlv_e2e_1',
	tenantId: HEYY_TENANT,
	event: 'message.received',
	data: {
		id: 'msg_in_e2e_1',
		type: 'message',
		sender: 'inbound',
		sources: [{ type: 'vendor' }],
		status: 'delivered',
		content: { body: 'Hi, do you deliver on Saturdays?', attachments: [] },
		errors: [],
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

/** What the node outputs for a message Heyy accepted: Heyy's `data` (docs.heyy.io/api-reference/send-whatsapp-message). */
const accepted = (phone: string) => ({
	messageId: expect.stringMatching(/^msg_\d+$/),
	id: expect.stringMatching(/^msg_\d+$/),
	phoneNumber: phone,
	status: 'pending',
	createdAt: expect.any(String),
	message: expect.objectContaining({
		chatId: `chat_ch_wa_1_${phone.slice(1)}`,
		channelId: 'ch_wa_1',
		status: 'pending',
		scheduledAt: null,
		errors: [],
	}),
});

/** Items run in parallel: requests to different recipients may reach the fake in any order. */
const byPhone = <T>(list: T[]) =>
	[...list].sort((a, b) =>
		String((a as { phoneNumber?: string }).phoneNumber).localeCompare(
			String((b as { phoneNumber?: string }).phoneNumber),
		),
	);

const recipients = [
	{ phoneNumber: '+14155550123', firstName: 'Ana', orderId: 'A-1001' },
	{ phoneNumber: '+14155550124', firstName: 'Ben', orderId: 'A-1002' },
	// Outside the 24-hour window: only a template reaches this one.
	{ phoneNumber: '+14155550999', firstName: 'Chloe', orderId: 'A-1003' },
];

export const heyyScenario: Scenario = {
	provider: 'Heyy',
	fake,
	reset() {
		fake.contacts.length = 0;
		fake.sent.length = 0;
	},
	credentials: (baseUrl) => [
		// No Tenant ID: the trigger reads it from the workspace, as a user who left it empty gets.
		{
			id: 'msuiteheyy000001',
			name: 'Heyy account',
			type: 'heyyApi',
			data: { apiKey: HEYY_KEY, baseUrl, tenantId: '' },
		},
	],
	// heyyHitlTool: n8n's human review variant of a node with Send and Wait (createHitlTools).
	nodeTypes: ['heyy', 'heyyHitlTool', 'heyyTool', 'heyyTrigger'],
	credentialTypes: ['heyyApi'],
	manual: {
		file: 'heyy-send-template.json',
		check(run) {
			const sends = fake.requestsTo('POST', '/ch_wa_1/whatsapp_messages/send');
			expect(sends.map((r) => r.headers.authorization)).toEqual(
				recipients.map(() => `Bearer ${HEYY_KEY}`),
			);
			expect(byPhone(sends.map((r) => r.body))).toEqual(
				byPhone(recipients).map((r) => ({
					phoneNumber: r.phoneNumber,
					type: 'TEMPLATE',
					messageTemplateId: 'tpl_1',
					variables: [
						{ name: 'first_name', value: r.firstName },
						{ name: 'order_id', value: r.orderId },
					],
				})),
			);
			expect(fake.requests).toHaveLength(recipients.length);
			const sent = run.data.resultData.runData['Send order update template'][0].data?.main[0] ?? [];
			expect(sent.map((i) => i.json)).toEqual(recipients.map((r) => accepted(r.phoneNumber)));
			expect(sent.map((i) => i.json.id)).toEqual(
				recipients.map((r) => fake.sent.find((s) => s.phoneNumber === r.phoneNumber)?.id),
			);
			expect(sent.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		},
	},
	trigger: {
		file: 'heyy-auto-reply.json',
		registeredUrls: () => fake.webhooks.map((w) => String(w.url)),
		async deliver(url, forge) {
			const target = new URL(url);
			if (forge) target.searchParams.set('token', 'f'.repeat(48));
			const r = await fetch(target, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify(received),
			});
			return r.status;
		},
		checkRun() {
			// Registered for the channel chosen on the trigger, with the tenant read from the workspace.
			const registered = fake.requestsTo('POST', '/api_webhooks').map((r) => r.body);
			expect(registered).toEqual([
				{
					tenantId: HEYY_TENANT,
					type: 'WHATSAPP_MESSAGE_RECEIVED',
					url: expect.stringContaining('?token='),
					channelId: 'ch_wa_1',
				},
			]);
			// Looked up by number (the + survives the query string), not found, so saved as a lead.
			const lookups = fake.requestsTo('GET', /\/contacts$/);
			expect(lookups.map((r) => r.query.search)).toEqual(['+393331234567']);
			expect(fake.requestsTo('POST', '/contacts').map((r) => r.body)).toEqual([
				{
					phoneNumber: '+393331234567',
					firstName: 'Giulia',
					lastName: 'Rossi',
					labels: [{ name: 'Lead' }],
				},
			]);
			expect(fake.contacts).toEqual([
				expect.objectContaining({
					phoneNumber: '+393331234567',
					labels: [{ id: 'lbl_2', name: 'Lead' }],
				}),
			]);
			expect(
				fake.requestsTo('POST', '/whatsapp_messages/send').map((r) => [r.path, r.body]),
			).toEqual([
				[
					'/api/v2.0/ch_wa_1/whatsapp_messages/send',
					{
						phoneNumber: '+393331234567',
						type: 'TEXT',
						bodyText: 'Hi Giulia, thanks for your message! We will get back to you shortly.',
					},
				],
			]);
		},
	},
};
