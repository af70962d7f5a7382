import {
	FakeWeni,
	GROUP_SMART,
	GROUP_VIP,
	TICKET_USER,
	TOPIC_SUPPORT,
	WENI_TOKEN,
} from '../fakes/weni';
import { loadOptions, testCredential } from '../harness/methods';
import { pkg, type } from '../harness/package';
import { GENERATIONS } from './generations';

describe.each(GENERATIONS)('%s', (generation) => {
	const fake = new FakeWeni('', { generation });
	let credentials: Record<string, Record<string, string>>;
	beforeAll(async () => {
		credentials = {
			weniApi: { apiToken: WENI_TOKEN, baseUrl: `${await fake.start()}/`, apiFlavour: generation },
		};
	});
	afterAll(() => fake.stop());
	beforeEach(() => {
		fake.reset();
		fake.requests.length = 0;
	});

	test('dropdown: groups by name, valued by UUID, smart groups marked', async () => {
		const options = await loadOptions(pkg, type('weni'), 'getGroups', {}, credentials);
		expect(options).toEqual([
			{
				name: 'Developers (smart group)',
				value: GROUP_SMART,
				description: 'Query: isdeveloper = "YES"',
			},
			{ name: 'VIP', value: GROUP_VIP, description: undefined },
		]);
		expect(fake.requests.map((r) => `${r.method} ${r.path} ${r.headers.authorization}`)).toEqual([
			`GET /api/v2/groups.json Token ${WENI_TOKEN}`,
		]);
	});

	test('dropdowns: ticket topics by name and users by email, Unassign first', async () => {
		const topics = await loadOptions(pkg, type('weni'), 'getTopics', {}, credentials);
		expect(topics.map((t) => t.name)).toEqual(['General', 'Support']);
		expect(topics.find((t) => t.name === 'Support')?.value).toBe(TOPIC_SUPPORT);
		const users = await loadOptions(pkg, type('weni'), 'getUsers', {}, credentials);
		expect(users).toEqual([
			{ name: 'Unassign', value: '', description: 'Leave the ticket unassigned' },
			{ name: `Agnes (${TICKET_USER})`, value: TICKET_USER, description: 'agent' },
		]);
	});

	test('dropdown: every group, across cursor pages', async () => {
		for (let i = 0; i < 300; i++) {
			fake.groups.push({
				uuid: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
				name: `G${String(i).padStart(3, '0')}`,
				query: null,
			});
		}
		const options = await loadOptions(pkg, type('weni'), 'getGroups', {}, credentials);
		expect(options).toHaveLength(302);
		expect(fake.requests).toHaveLength(2);
	});

	test('dropdown: fields by name, valued by key', async () => {
		const options = await loadOptions(pkg, type('weni'), 'getFields', {}, credentials);
		expect(options).toEqual([
			// Weni Flows names a field's type value_type, `numeric` for numbers (see fakes/weni.ts fieldRow).
			{
				name: 'Age',
				value: 'age',
				description: generation === 'flows' ? 'age (numeric)' : 'age (number)',
			},
			{ name: 'Nick name', value: 'nick_name', description: 'nick_name (text)' },
		]);
	});

	test('dropdown: resthook slugs in the trigger', async () => {
		const options = await loadOptions(pkg, type('weniTrigger'), 'getResthooks', {}, credentials);
		expect(options).toEqual([
			{ name: 'new-lead', value: 'new-lead' },
			{ name: 'order-paid', value: 'order-paid' },
		]);
		expect(fake.requests.map((r) => r.path)).toEqual(['/api/v2/resthooks.json']);
	});

	test('credential test: GET /api/v2/workspace.json with the token; a trailing slash on the base URL is fine', async () => {
		expect(await testCredential(pkg, 'weniApi', credentials.weniApi)).toMatchObject({
			status: 200,
			body: { name: 'Acme Support', languages: ['por', 'eng'] },
		});
		expect(fake.requests.map((r) => `${r.method} ${r.path} ${r.headers.authorization}`)).toEqual([
			`GET /api/v2/workspace.json Token ${WENI_TOKEN}`,
		]);
		const bad = await testCredential(pkg, 'weniApi', {
			...credentials.weniApi,
			apiToken: 'not-the-token',
		});
		expect(bad).toEqual({ status: 401, body: { detail: 'Invalid token.' } });
	});

	test("credential: defaults to Weni's host; the token is a password field", () => {
		const credential = pkg.credentials.weniApi;
		expect(credential.displayName).toBe('Weni API');
		const byName = Object.fromEntries(credential.properties.map((p) => [p.name, p]));
		expect(byName.baseUrl.default).toBe('https://flows.weni.ai');
		expect(byName.apiToken.typeOptions?.password).toBe(true);
	});

	test('every dynamic dropdown ends with n8n\'s wording and is named "… Name or ID"', () => {
		const properties = [
			...pkg.nodes[type('weni')].description.properties,
			...pkg.nodes[type('weniTrigger')].description.properties,
		];
		const dynamic: Array<{ displayName: string; description?: string; type: string }> = [];
		const visit = (list: unknown[]) => {
			for (const p of list as Array<Record<string, unknown>>) {
				if ((p.typeOptions as Record<string, unknown> | undefined)?.loadOptionsMethod)
					dynamic.push(p as never);
				for (const key of ['options', 'values'])
					if (Array.isArray(p[key])) visit(p[key] as unknown[]);
			}
		};
		visit(properties);
		expect(dynamic.length).toBeGreaterThanOrEqual(8);
		for (const p of dynamic) {
			const many = p.type === 'multiOptions';
			expect(p.displayName).toMatch(many ? / Names or IDs$/ : / Name or ID$/);
			expect(p.description).toMatch(
				many
					? /Choose from the list, or specify IDs using an <a href="https:\/\/docs\.n8n\.io\/code\/expressions\/">expression<\/a>\.$/
					: /Choose from the list, or specify an ID using an <a href="https:\/\/docs\.n8n\.io\/code\/expressions\/">expression<\/a>\.$/,
			);
		}
	});
});

test('every Resource Locator list of the Weni node is registered as a listSearch method', () => {
	const node = pkg.nodes[type('weni')];
	const lists = new Set<string>();
	const visit = (list: unknown[]) => {
		for (const p of list as Array<Record<string, unknown>>) {
			for (const mode of (p.modes as
				| Array<{ typeOptions?: { searchListMethod?: string } }>
				| undefined) ?? []) {
				if (mode.typeOptions?.searchListMethod) lists.add(mode.typeOptions.searchListMethod);
			}
			for (const key of ['options', 'values'])
				if (Array.isArray(p[key])) visit(p[key] as unknown[]);
		}
	};
	visit(node.description.properties);
	expect([...lists].sort()).toEqual([
		'searchContacts',
		'searchFlows',
		'searchGroups',
		'searchLabels',
		'searchStaticGroups',
		'searchTemplates',
	]);
	const registered =
		(node.methods as { listSearch?: Record<string, unknown> } | undefined)?.listSearch ?? {};
	expect([...lists].filter((name) => typeof registered[name] !== 'function')).toEqual([]);
});
