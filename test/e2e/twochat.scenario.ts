import { FakeTwoChat, TWOCHAT_KEY } from '../fakes/twochat';
import type { Scenario } from './scenarios';

const fake = new FakeTwoChat();
const inbound = {
	id: 'MSG777',
	uuid: 'MSG777',
	session_key: 'WW-WPN111-5215533334444@c.us',
	message: { text: 'Do you ship to Puebla?' },
	remote_phone_number: '+5215533334444',
	channel_phone_number: '+5215500000001',
	sent_by: 'user',
	contact: { first_name: 'Luis', last_name: 'Ramos' },
};

export const twoChatScenario: Scenario = {
	provider: '2Chat',
	fake,
	credentials: (baseUrl) => [
		{
			id: 'msuite2chat00001',
			name: '2Chat account',
			type: 'twoChatApi',
			data: { apiKey: TWOCHAT_KEY, baseUrl },
		},
	],
	nodeTypes: ['twoChat', 'twoChatHitlTool', 'twoChatTool', 'twoChatTrigger'],
	credentialTypes: ['twoChatApi'],
	manual: {
		file: '2chat-check-and-send.json',
		check(run) {
			expect(fake.requestsTo('GET', '/whatsapp/check-number/')).toHaveLength(1);
			const sends = fake.requestsTo('POST', '/whatsapp/send-message');
			expect(sends.map((r) => r.body)).toEqual([
				{
					from_number: '+5215500000001',
					to_number: '+14155550123',
					text: 'Hi! Your order has shipped.',
				},
			]);
			const sent = run.data.resultData.runData['Send WhatsApp message'][0].data?.main[0] ?? [];
			// The message id and status first, then 2Chat's answer as it came.
			expect(sent.map((i) => i.json)).toEqual([
				{
					messageId: expect.stringMatching(/^MSG/),
					status: 'accepted',
					success: true,
					message_uuid: expect.stringMatching(/^MSG/),
					batched: false,
				},
			]);
			expect(sent[0].json.messageId).toBe(sent[0].json.message_uuid);
		},
	},
	trigger: {
		file: '2chat-auto-reply.json',
		registeredUrls: () => fake.webhooks.map((w) => String(w.hook_url)),
		async deliver(url, forge) {
			const target = new URL(url);
			if (forge) target.searchParams.set('token', 'forged-token');
			const r = await fetch(target, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify(inbound),
			});
			return r.status;
		},
		checkRun() {
			const created = fake.requestsTo('POST', '/open/contacts');
			expect(created.map((r) => r.body)).toEqual([
				{
					first_name: 'Luis',
					last_name: 'Ramos',
					contact_detail: [{ type: 'WAPH', value: '+5215533334444' }],
				},
			]);
			const replies = fake.requestsTo('POST', '/whatsapp/send-message');
			expect(replies.map((r) => r.body)).toContainEqual({
				from_number: '+5215500000001',
				to_number: '+5215533334444',
				text: 'Thanks Luis, we got your message and will answer shortly.',
			});
		},
	},
};
