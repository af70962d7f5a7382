import { FakeTwoChat, TWOCHAT_KEY } from '../fakes/twochat';
import { mapperFields, searchList } from '../harness/editor';
import { loadOptions, testCredential } from '../harness/methods';
import { pkg, type } from '../harness/package';

const fake = new FakeTwoChat();
let credentials: Record<string, Record<string, string>>;
beforeAll(async () => {
	credentials = { twoChatApi: { apiKey: TWOCHAT_KEY, baseUrl: `${await fake.start()}/` } };
});
afterAll(() => fake.stop());
const twoChat = type('twoChat');

test('dropdown: sending numbers, labelled by name and valued by phone', async () => {
	const options = await loadOptions(pkg, type('twoChat'), 'getNumbers', {}, credentials);
	expect(options).toEqual([
		{ name: 'Sales (+5215500000001)', value: '+5215500000001' },
		{ name: 'Support (+5215500000002)', value: '+5215500000002' },
	]);
});

test('dropdown: groups of the chosen number, in the action node and the trigger', async () => {
	const fromAction = await loadOptions(
		pkg,
		type('twoChat'),
		'getGroups',
		{ fromNumber: { __rl: true, mode: 'list', value: '+5215500000001' } },
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

test('dropdown: virtual numbers for phone-call events, valued by UUID (DID…), fetched page by page', async () => {
	fake.requests.length = 0;
	const options = await loadOptions(
		pkg,
		type('twoChatTrigger'),
		'getVirtualNumbers',
		{ events: ['call.status.update'] },
		credentials,
	);
	// Sorted by name, as the other dropdowns.
	expect(options).toEqual([
		// Its friendly name is the number itself (2Chat's default), and it is not active yet.
		{
			name: '+611300783904 · pending activation',
			value: 'DID956dd470-92e4-451f-ab73-fc4f94f53276',
		},
		{ name: 'Front desk (+18132522492)', value: 'DID64a54de2-8ebe-4c01-838f-a2235815dab4' },
	]);
	expect(fake.requests.map((r) => [r.method, r.path, r.query])).toEqual([
		['GET', '/open/voip/virtual-numbers', { page_number: '0', results_per_page: '100' }],
	]);
	// More than a page: every number is listed.
	const seeded = Array.from({ length: 150 }, (_, i) => ({
		uuid: `DID${String(i).padStart(8, '0')}-0000-4000-8000-000000000000`,
		phone_number: `+1813${String(i).padStart(7, '0')}`,
		friendly_name: `Line ${i}`,
		status_text: 'ACTIVE',
	}));
	const before = fake.virtualNumbers;
	fake.virtualNumbers = seeded;
	fake.requests.length = 0;
	try {
		const all = await loadOptions(
			pkg,
			type('twoChatTrigger'),
			'getVirtualNumbers',
			{},
			credentials,
		);
		// Line 0 … Line 149 in natural order.
		expect(all.map((o) => o.value)).toEqual(seeded.map((n) => n.uuid));
		expect(fake.requests.map((r) => r.query.page_number)).toEqual(['0', '1']);
	} finally {
		fake.virtualNumbers = before;
	}
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

describe('Resource Locator lists (From List mode)', () => {
	const rl = (value: string) => ({ __rl: true, mode: 'list', value });

	test('every list and mapper method the properties name is registered on the node', () => {
		const properties = JSON.stringify(pkg.nodes[type('twoChat')].description.properties);
		const named = (key: string) =>
			[...properties.matchAll(new RegExp(`"${key}":"(\\w+)"`, 'g'))].map((m) => m[1]);
		const lists = named('searchListMethod');
		expect(new Set(lists)).toEqual(
			new Set([
				'searchNumbers',
				'searchChannels',
				'searchGroups',
				'searchContacts',
				'searchWabaNumbers',
				'searchTemplates',
			]),
		);
		const methods = pkg.nodes[type('twoChat')].methods as Record<string, Record<string, unknown>>;
		for (const name of lists) expect(typeof methods.listSearch[name]).toBe('function');
		for (const name of named('resourceMapperMethod'))
			expect(typeof methods.resourceMapping[name]).toBe('function');
	});

	test('numbers: labelled by name, valued by phone, filtered by the typed text', async () => {
		const all = await searchList(twoChat, 'searchNumbers', {}, credentials);
		expect(all).toEqual({
			results: [
				{ name: 'Sales (+5215500000001)', value: '+5215500000001' },
				{ name: 'Support (+5215500000002) · disconnected', value: '+5215500000002' },
			],
			paginationToken: undefined,
		});
		expect(
			(await searchList(twoChat, 'searchNumbers', {}, credentials, 'supp')).results.map(
				(r) => r.value,
			),
		).toEqual(['+5215500000002']);
		expect(fake.requestsTo('GET', '/get-numbers').at(-1)?.query).toEqual({
			status: 'all',
			page_number: '0',
			results_per_page: '100',
		});
	});

	test('channels are valued by their WPN uuid', async () => {
		const r = await searchList(twoChat, 'searchChannels', {}, credentials);
		expect(r.results.map((o) => o.value)).toEqual(['WPN111', 'WPN222']);
	});

	test('contacts page through 100 at a time and search with the typed text', async () => {
		fake.contacts.length = 0;
		fake.seedContacts(150);
		const first = await searchList(twoChat, 'searchContacts', {}, credentials);
		expect(first.results).toHaveLength(100);
		expect(first.results[0]).toEqual({ name: 'Contact 1 (+5215500000001)', value: 'CON00001' });
		expect(first.paginationToken).toBe('1');
		const second = await searchList(
			twoChat,
			'searchContacts',
			{},
			credentials,
			undefined,
			first.paginationToken,
		);
		expect(second.results).toHaveLength(50);
		expect(second.paginationToken).toBeUndefined();
		const found = await searchList(twoChat, 'searchContacts', {}, credentials, 'contact 149');
		expect(found.results.map((r) => r.value)).toEqual(['CON00149']);
		expect(fake.requests.at(-1)).toMatchObject({
			path: '/open/contacts/search',
			query: { query: 'contact 149', q: 'contact 149', page_number: '0', results_per_page: '100' },
		});
	});

	test('groups of the chosen From Number (a Resource Locator), none before a number is chosen', async () => {
		const r = await searchList(
			twoChat,
			'searchGroups',
			{ fromNumber: rl('+5215500000001') },
			credentials,
			'vip',
		);
		expect(r.results).toEqual([{ name: 'VIP customers', value: 'WGP001' }]);
		expect(fake.requests.at(-1)?.path).toBe('/open/whatsapp/groups/+5215500000001');
		fake.requests.length = 0;
		expect(await searchList(twoChat, 'searchGroups', { fromNumber: rl('') }, credentials)).toEqual({
			results: [],
		});
		expect(fake.requests).toHaveLength(0);
	});

	test('WABA numbers and their approved templates, page by page', async () => {
		const numbers = await searchList(twoChat, 'searchWabaNumbers', {}, credentials);
		expect(numbers.results).toEqual([{ name: 'Store WABA (+16173518454)', value: '+16173518454' }]);
		const params = { wabaNumber: rl('+16173518454') };
		const first = await searchList(twoChat, 'searchTemplates', params, credentials);
		expect(first).toEqual({
			results: [
				// The text says what "{{1}}" stands for.
				{
					name: 'order_update (UTILITY): Hi {{1}}, your order {{2}} has shipped.',
					value: 'TMP001',
				},
				{ name: 'welcome (MARKETING): Welcome to our store!', value: 'TMP002' },
			],
			paginationToken: '1',
		});
		expect(fake.requests.at(-1)).toMatchObject({
			path: '/open/waba/templates',
			query: { phone_number: '+16173518454', page: '0' },
		});
		// The second page holds only a PENDING template: it cannot be sent, so it is not offered.
		const second = await searchList(
			twoChat,
			'searchTemplates',
			params,
			credentials,
			undefined,
			first.paginationToken,
		);
		expect(second).toEqual({ results: [], paginationToken: undefined });
		expect(fake.requests.at(-1)?.query).toEqual({ phone_number: '+16173518454', page: '1' });
	});
});

describe("Template Variables: the picked template's placeholders as named fields", () => {
	const params = (template: string) => ({
		wabaNumber: { __rl: true, mode: 'list', value: '+16173518454' },
		template: { __rl: true, mode: 'id', value: template },
	});

	test('one required field per placeholder, in order', async () => {
		const r = await mapperFields(twoChat, 'getTemplateVariables', params('TMP001'), credentials);
		expect(r.fields.map((f) => [f.id, f.displayName, f.required])).toEqual([
			['1', '{{1}} in "Hi {{1}}, your order {{2}} has shipped."', true],
			['2', '{{2}} in "Hi {{1}}, your order {{2}} has shipped."', true],
		]);
	});

	test('a template on a later page is found; one without placeholders has no fields', async () => {
		fake.templates.push({
			uuid: 'TMP009',
			name: 'late',
			status: 'APPROVED',
			template_content: 'Dear {{name}}, code {{2}} and {{1}}',
		});
		fake.requests.length = 0;
		const late = await mapperFields(twoChat, 'getTemplateVariables', params('TMP009'), credentials);
		fake.templates.pop();
		expect(late.fields.map((f) => f.id)).toEqual(['1', '2', 'name']);
		expect(fake.requests.map((q) => q.query.page)).toEqual(['0', '1']);
		expect(
			(await mapperFields(twoChat, 'getTemplateVariables', params('TMP002'), credentials)).fields,
		).toEqual([]);
	});
});
