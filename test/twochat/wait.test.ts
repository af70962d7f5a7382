import type { IDataObject } from 'n8n-workflow';

import { FakeTwoChat, TWOCHAT_KEY } from '../fakes/twochat';
import { waitCases } from '../harness/waitCases';

const fake = new FakeTwoChat();
let baseUrl = '';
beforeAll(async () => {
	baseUrl = await fake.start();
});
afterAll(() => fake.stop());

const NUMBER = '+5215500000001';
const CONTACT = '+5215533334444';

describe('2Chat Send and Wait for Response', () => {
	waitCases({
		nodeType: 'twoChat',
		credentials: () => ({ twoChatApi: { apiKey: TWOCHAT_KEY, baseUrl } }),
		parameters: {
			sendFrom: 'number',
			fromNumber: { __rl: true, mode: 'number', value: NUMBER },
			toNumber: CONTACT,
		},
		registrations: () => fake.webhooks,
		urlOf: (hook) => String(hook.hook_url),
		// 2Chat has no reply buttons: the answers are named in the text.
		lastSent: () => ({ text: String(fake.sent[fake.sent.length - 1].text), buttons: [] }),
		reply: async ({ text }, other) =>
			await fake.receive(NUMBER, other ? '+5215599999999' : CONTACT, text),
		buttons: false,
		requests: () => fake.requests.length,
		reset: () => {
			fake.webhooks.length = 0;
			fake.sent.length = 0;
			fake.requests.length = 0;
			fake.clearFaults();
		},
	});
});

const WABA = '+16173518454';

describe('2Chat Send and Wait for Response, from a WhatsApp Business number', () => {
	waitCases({
		nodeType: 'twoChat',
		credentials: () => ({ twoChatApi: { apiKey: TWOCHAT_KEY, baseUrl } }),
		parameters: {
			sendFrom: 'waba',
			wabaNumber: { __rl: true, mode: 'number', value: WABA },
			toNumber: CONTACT,
		},
		registrations: () => fake.webhooks,
		urlOf: (hook) => String(hook.hook_url),
		// Reply buttons: Meta's interactive object in the WABA send's payload.
		lastSent: () => {
			const sent = fake.sent[fake.sent.length - 1];
			const interactive = (sent.payload as IDataObject | undefined)?.interactive as
				| IDataObject
				| undefined;
			if (!interactive) return { text: String(sent.text), buttons: [] };
			const action = interactive.action as {
				buttons: Array<{ reply: { id: string; title: string } }>;
			};
			return {
				text: String((interactive.body as IDataObject).text),
				buttons: action.buttons.map((b) => b.reply),
			};
		},
		reply: async ({ text, buttonId }, other) =>
			await fake.receiveWaba(WABA, other ? '+5215599999999' : CONTACT, { text, buttonId }),
		buttons: true,
		requests: () => fake.requests.length,
		reset: () => {
			fake.webhooks.length = 0;
			fake.sent.length = 0;
			fake.requests.length = 0;
			fake.clearFaults();
		},
	});
});
