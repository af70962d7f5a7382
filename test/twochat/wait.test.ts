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
		parameters: { fromNumber: { __rl: true, mode: 'number', value: NUMBER }, toNumber: CONTACT },
		registrations: () => fake.webhooks,
		urlOf: (hook) => String(hook.hook_url),
		// 2Chat has no reply buttons: the answers are named in the text.
		lastSent: () => ({ text: String(fake.sent[fake.sent.length - 1].text), buttons: [] }),
		reply: async ({ text }, other) =>
			await fake.receive(NUMBER, other ? '+5215599999999' : CONTACT, text),
		requests: () => fake.requests.length,
		reset: () => {
			fake.webhooks.length = 0;
			fake.sent.length = 0;
			fake.requests.length = 0;
			fake.clearFaults();
		},
	});
});
