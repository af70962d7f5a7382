import { FakeTwoChat, TWOCHAT_KEY } from '../fakes/twochat';
import { loadOptions, testCredential } from '../harness/methods';
import { pkg, type } from '../harness/package';

const fake = new FakeTwoChat();
let credentials: Record<string, Record<string, string>>;
beforeAll(async () => {
	credentials = { twoChatApi: { apiKey: TWOCHAT_KEY, baseUrl: `${await fake.start()}/` } };
});
afterAll(() => fake.stop());

test('dropdown: sending numbers, labelled by name and valued by phone', async () => {
	const options = await loadOptions(pkg, type('twoChat'), 'getNumbers', {}, credentials);
	expect(options).toEqual([
		{ name: 'Sales (+5215500000001)', value: '+5215500000001' },
		{ name: 'Support (+5215500000002)', value: '+5215500000002' },
	]);
});

test('dropdown: channels are valued by their WPN uuid', async () => {
	const options = await loadOptions(pkg, type('twoChat'), 'getChannels', {}, credentials);
	expect(options.map((o) => o.value)).toEqual(['WPN111', 'WPN222']);
});

test('dropdown: groups of the chosen number, in the action node and the trigger', async () => {
	const fromAction = await loadOptions(
		pkg,
		type('twoChat'),
		'getGroups',
		{ fromNumber: '+5215500000001' },
		credentials,
	);
	expect(fromAction).toEqual([
		{ name: 'VIP customers', value: 'WGP001' },
		{ name: 'Staff', value: 'WGP002' },
	]);
	const fromTrigger = await loadOptions(
		pkg,
		type('twoChatTrigger'),
		'getGroups',
		{ onNumber: '+5215500000001' },
		credentials,
	);
	expect(fromTrigger).toEqual(fromAction);
	expect(fake.requestsTo('GET', '/whatsapp/groups/').map((r) => r.path)).toEqual([
		'/open/whatsapp/groups/+5215500000001',
		'/open/whatsapp/groups/+5215500000001',
	]);
});

test('credential test: GET /info with the key; a trailing slash on the base URL is fine', async () => {
	fake.requests.length = 0;
	expect(await testCredential(pkg, 'twoChatApi', credentials.twoChatApi)).toMatchObject({
		status: 200,
		body: { success: true },
	});
	expect(fake.requests.map((r) => `${r.method} ${r.path} ${r.headers['x-user-api-key']}`)).toEqual([
		`GET /open/info ${TWOCHAT_KEY}`,
	]);
	const bad = await testCredential(pkg, 'twoChatApi', {
		...credentials.twoChatApi,
		apiKey: 'nope-nope',
	});
	expect(bad).toEqual({ status: 401, body: { detail: 'Invalid API Key' } });
});
