import { FakeTwoChat, TWOCHAT_KEY } from '../test/fakes/twochat';
import type { Scenario } from './run';

const twoChat = new FakeTwoChat();
const numbers = (n: number) => Array.from({ length: n }, (_, i) => ({ to: `+1415555${String(i).padStart(4, '0')}` }));

export const scenarios: Scenario[] = [
	{
		name: '2Chat: send 1,000 text messages',
		fake: twoChat,
		items: 1000,
		nodeType: 'twoChat',
		credentialType: 'twoChatApi',
		credentials: (baseUrl) => ({ apiKey: TWOCHAT_KEY, baseUrl }),
		parameters: { resource: 'message', operation: 'send', fromNumber: '+5215500000001', toNumber: '={{ $json.to }}', messageType: 'text', text: 'Your order has shipped' },
		input: numbers(1000),
		expectOutput: 1000,
	},
	{
		name: '2Chat: 1,000 reads under a 200 req/s limit (429 + Retry-After)',
		fake: twoChat,
		items: 1000,
		nodeType: 'twoChat',
		credentialType: 'twoChatApi',
		credentials: (baseUrl) => ({ apiKey: TWOCHAT_KEY, baseUrl }),
		parameters: { resource: 'account', operation: 'getUsage' },
		input: numbers(1000),
		expectOutput: 1000,
		setup: () => twoChat.rateLimit(200, 1000),
		teardown: () => twoChat.clearRateLimit(),
		minimumMs: ((1000 - 200) / 200) * 1000,
	},
];
