import { runNode } from '../harness/engine';
import { pkg, type } from '../harness/package';
import { FakeTwoChat, TWOCHAT_KEY } from '../fakes/twochat';

const fake = new FakeTwoChat();
let credentials: Record<string, Record<string, string>>;
beforeAll(async () => {
	credentials = { twoChatApi: { apiKey: TWOCHAT_KEY, baseUrl: await fake.start() } };
});
afterAll(() => fake.stop());

test('smoke: get usage', async () => {
	const result = await runNode(pkg, {
		type: type('twoChat'),
		parameters: { resource: 'account', operation: 'getUsage' },
		credentials,
	});
	expect(result.error).toBeUndefined();
	expect(result.json[0].account).toMatchObject({ name: 'Acme' });
	expect(fake.requests[0].headers['x-user-api-key']).toBe(TWOCHAT_KEY);
});
