import { FakeHeyy, HEYY_KEY } from '../fakes/heyy';
import { loadOptions, testCredential } from '../harness/methods';
import { pkg, type } from '../harness/package';

const fake = new FakeHeyy();
let credentials: Record<string, Record<string, string>>;
beforeAll(async () => {
	credentials = { heyyApi: { apiKey: HEYY_KEY, baseUrl: `${await fake.start()}/` } };
});
beforeEach(() => {
	fake.requests.length = 0;
});
afterAll(() => fake.stop());

const heyy = type('heyy');

test('dropdown: channels, labelled by name and number (or type), sorted, valued by ID', async () => {
	const options = await loadOptions(pkg, heyy, 'getChannels', {}, credentials);
	expect(options).toEqual([
		{ name: 'Acme Instagram (INSTAGRAM)', value: 'ch_ig_2' },
		{ name: 'Sales (+14155550100)', value: 'ch_wa_1' },
	]);
	expect(fake.requests.map((r) => `${r.method} ${r.path} ${r.headers.authorization}`)).toEqual([
		`GET /api/v2.0/channels Bearer ${HEYY_KEY}`,
	]);
	const fromTrigger = await loadOptions(pkg, type('heyyTrigger'), 'getChannels', {}, credentials);
	expect(fromTrigger).toEqual(options);
});

test('dropdown: message templates across pages, with language', async () => {
	fake.seedTemplates(120);
	try {
		const options = await loadOptions(pkg, heyy, 'getTemplates', {}, credentials);
		expect(options).toHaveLength(122);
		expect(options.find((o) => o.value === 'tpl_1')).toEqual({
			name: 'order_update (en)',
			value: 'tpl_1',
		});
		expect(options.find((o) => o.value === 'tpl_2')).toEqual({
			name: 'welcome (it)',
			value: 'tpl_2',
		});
		// No sortBy (a key Heyy may refuse, audit H9): sorted here by name.
		expect(fake.requests.map((r) => r.query)).toEqual([
			{ page: '0', pageSize: '100' },
			{ page: '1', pageSize: '100' },
		]);
		expect(options.slice(0, 3).map((o) => o.name)).toEqual([
			'bulk_1 (en)',
			'bulk_10 (en)',
			'bulk_100 (en)',
		]);
	} finally {
		fake.templates.splice(2);
	}
});

test('dropdown: templates load when Heyy accepts only updatedAt as sort key, and when pages count from 1', async () => {
	fake.templateSortKeys = ['updatedAt'];
	fake.pageBase = 1;
	fake.seedTemplates(120);
	try {
		const options = await loadOptions(pkg, heyy, 'getTemplates', {}, credentials);
		expect(options).toHaveLength(122);
		expect(new Set(options.map((o) => o.value)).size).toBe(122);
	} finally {
		fake.templates.splice(2);
		fake.templateSortKeys = ['createdAt', 'name', 'updatedAt'];
		fake.pageBase = 0;
	}
});

test('dropdown: labels by ID (to delete) and by name (for contacts)', async () => {
	expect(await loadOptions(pkg, heyy, 'getLabels', {}, credentials)).toEqual([
		{ name: 'Lead', value: 'lbl_2' },
		{ name: 'VIP', value: 'lbl_1' },
	]);
	expect(await loadOptions(pkg, heyy, 'getLabelNames', {}, credentials)).toEqual([
		{ name: 'Lead', value: 'Lead' },
		{ name: 'VIP', value: 'VIP' },
	]);
});

test('dropdown: attributes by external ID (for contacts) and by ID (to delete)', async () => {
	expect(await loadOptions(pkg, heyy, 'getAttributes', {}, credentials)).toEqual([
		{ name: 'City', value: 'city', description: undefined },
		{ name: 'Customer Tier', value: 'customer_tier', description: undefined },
	]);
	expect(await loadOptions(pkg, heyy, 'getAttributeIds', {}, credentials)).toEqual([
		{ name: 'City', value: 'att_2' },
		{ name: 'Customer Tier', value: 'att_1' },
	]);
});

test('dropdown: automations of the chosen channel; none before a channel is chosen', async () => {
	expect(
		await loadOptions(pkg, heyy, 'getAutomations', { channelId: 'ch_wa_1' }, credentials),
	).toEqual([
		{ name: 'Onboarding', value: 'wf_1' },
		{ name: 'Win back (INACTIVE)', value: 'wf_2' },
	]);
	expect(fake.requests.map((r) => r.path)).toEqual(['/api/v2.0/ch_wa_1/workflows']);
	expect(await loadOptions(pkg, heyy, 'getAutomations', {}, credentials)).toEqual([]);
	expect(fake.requests).toHaveLength(1);
});

test('credential test: GET /channels with the Bearer key; a trailing slash on the base URL is fine', async () => {
	const good = await testCredential(pkg, 'heyyApi', credentials.heyyApi);
	expect(good.status).toBe(200);
	expect((good.body as { data: Array<{ id: string }> }).data.map((c) => c.id)).toEqual([
		'ch_wa_1',
		'ch_ig_2',
	]);
	expect(fake.requests.map((r) => `${r.method} ${r.path} ${r.headers.authorization}`)).toEqual([
		`GET /api/v2.0/channels Bearer ${HEYY_KEY}`,
	]);
	const bad = await testCredential(pkg, 'heyyApi', { ...credentials.heyyApi, apiKey: 'nope-nope' });
	expect(bad).toEqual({
		status: 401,
		body: { error: { messageKey: 'invalid_api_key', message: 'Invalid API key' } },
	});
});

test('the credential: Bearer auth, default base URL, optional tenant ID, password-protected key', () => {
	const credential = pkg.credentials.heyyApi;
	expect(credential.displayName).toBe('Heyy API');
	const byName = Object.fromEntries(credential.properties.map((p) => [p.name, p]));
	expect(byName.baseUrl.default).toBe('https://api.heyy.io/api/v2.0');
	expect(byName.apiKey.typeOptions).toEqual({ password: true });
	expect(byName.tenantId.required).toBeUndefined();
	expect(credential.authenticate).toEqual({
		type: 'generic',
		properties: { headers: { Authorization: '=Bearer {{$credentials.apiKey}}' } },
	});
});
