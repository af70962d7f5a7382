import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { FakeSpoki, SPOKI_KEY } from '../fakes/spoki';
import { mapperFields, searchList } from '../harness/editor';
import { loadOptions, testCredential } from '../harness/methods';
import { pkg, type } from '../harness/package';

const fake = new FakeSpoki();
let credentials: Record<string, Record<string, string>>;
beforeAll(async () => {
	credentials = { spokiApi: { apiKey: SPOKI_KEY, baseUrl: `${await fake.start()}/` } };
});
afterAll(() => fake.stop());
beforeEach(() => {
	fake.requests.length = 0;
});

const options = (method: string, parameters = {}) =>
	loadOptions(pkg, type('spoki'), method, parameters, credentials);

/** Runs one of the node's registered list searches the way the editor does. */
const search = (method: string, filter?: string, token?: string) =>
	searchList(type('spoki'), method, {}, credentials, filter, token);

describe('template variables (resource mapper)', () => {
	const variables = (templateId: IDataObject) =>
		mapperFields(
			type('spoki'),
			'getTemplateVariables',
			{ resource: 'message', operation: 'sendTemplate', templateId },
			credentials,
		);

	test("one field per %%CODE%% of the picked template's translations", async () => {
		const { fields } = await variables({ __rl: true, mode: 'list', value: '301' });
		expect(fields.map((f) => [f.id, f.displayName, f.required])).toEqual([
			['FIRST_NAME', 'FIRST_NAME', false],
			['ORDER_ID', 'ORDER_ID', false],
		]);
		expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
			'GET /api/1/templates/301/',
		]);
	});

	test('no template picked yet: no fields and no request', async () => {
		expect(await variables({ __rl: true, mode: 'list', value: '' })).toEqual({ fields: [] });
		expect(fake.requests).toHaveLength(0);
	});
});

describe('list searches (Resource Locator "From List")', () => {
	test('contacts: Spoki searches, the page number is the paging token', async () => {
		fake.seedContacts(25);
		const first = await search('searchContacts');
		expect(first.results).toHaveLength(20);
		expect(first.results[0]).toEqual({
			name: `Contact 1 (${String(fake.contacts[0].phone)})`,
			value: String(fake.contacts[0].id),
		});
		expect(first.paginationToken).toBe('2');
		const second = await search('searchContacts', undefined, first.paginationToken as string);
		expect(second.results).toHaveLength(5);
		expect(second.paginationToken).toBeUndefined();
		expect(fake.requests.map((r) => r.query)).toEqual([{ page: '1' }, { page: '2' }]);
		fake.requests.length = 0;
		const found = await search('searchContacts', 'Contact 17');
		expect(found.results.map((r) => r.name)).toEqual([
			`Contact 17 (${String(fake.contacts[16].phone)})`,
		]);
		expect(fake.requests[0].query).toEqual({ page: '1', search: 'Contact 17' });
	});

	test('automations (all, or only those with an API trigger), templates and lists', async () => {
		expect((await search('searchAutomations')).results.map((r) => r.value)).toEqual([
			'345016',
			'345017',
			'345018',
		]);
		expect((await search('searchApiAutomations')).results).toEqual([
			{ name: 'Welcome flow', value: '345016' },
			{ name: 'Paused API flow', value: '345018' },
		]);
		expect((await search('searchTemplates', 'promo')).results).toEqual([
			{ name: 'spring_promo (not approved)', value: '302' },
		]);
		expect((await search('searchLists')).results).toEqual([
			{ name: 'Newsletter IT', value: '81' },
			{ name: 'Black Friday', value: '82' },
		]);
	});
});

describe('dropdowns', () => {
	test('tags, following every DRF page', async () => {
		fake.pageSize = 1;
		try {
			expect(await options('getTags')).toEqual([
				{ name: 'Newsletter', value: '12' },
				{ name: 'VIP', value: '11' },
			]);
			expect(fake.requests.map((r) => r.query.page ?? '1')).toEqual(['1', '2']);
			expect(fake.requests.every((r) => r.headers['x-spoki-api-key'] === SPOKI_KEY)).toBe(true);
		} finally {
			fake.pageSize = 20;
		}
	});

	test('custom fields: by id for the custom field operations, by code for values', async () => {
		expect(await options('getCustomFields')).toEqual([
			{ name: 'Delivery Date (DELIVERY_DATE)', value: '62' },
			{ name: 'Order ID (ORDER_ID)', value: '61' },
		]);
		expect(await options('getCustomFieldCodes')).toEqual([
			{ name: 'Delivery Date (DELIVERY_DATE)', value: 'DELIVERY_DATE' },
			{ name: 'Order ID (ORDER_ID)', value: 'ORDER_ID' },
		]);
	});

	test('accounts: by name and phone', async () => {
		expect(await options('getAccounts')).toEqual([
			{ name: 'Acme Italia (+390212345678)', value: '501' },
			{ name: 'Acme Sandbox (+390287654321)', value: '502' },
		]);
	});

	test("a refused key surfaces Spoki's words in the editor", async () => {
		await expect(
			loadOptions(
				pkg,
				type('spoki'),
				'getTags',
				{},
				{ spokiApi: { ...credentials.spokiApi, apiKey: 'wrong-key-1234' } },
			),
		).rejects.toThrow('Spoki error 401: Invalid API key.');
	});
});

describe('credential', () => {
	test('test request: GET /api/1/accounts/ with X-Spoki-Api-Key; a trailing slash on the base URL is fine', async () => {
		expect(await testCredential(pkg, 'spokiApi', credentials.spokiApi)).toMatchObject({
			status: 200,
			body: { count: 2 },
		});
		expect(
			fake.requests.map((r) => `${r.method} ${r.path} ${r.headers['x-spoki-api-key']}`),
		).toEqual([`GET /api/1/accounts/ ${SPOKI_KEY}`]);
		const wrongKey = { ...credentials.spokiApi, apiKey: 'nope-nope' };
		const bad = await testCredential(pkg, 'spokiApi', wrongKey);
		expect(bad).toEqual({ status: 401, body: { detail: 'Invalid API key.' } });
	});

	test('defaults and naming', () => {
		const credential = pkg.credentials.spokiApi;
		expect(credential.displayName).toBe('Spoki API');
		expect(credential.properties.find((p) => p.name === 'baseUrl')?.default).toBe(
			'https://api.spoki.com',
		);
		expect(credential.properties.find((p) => p.name === 'apiKey')?.typeOptions).toEqual({
			password: true,
		});
	});
});

describe('node descriptions', () => {
	const spoki = pkg.nodes[type('spoki')].description;
	const trigger = pkg.nodes[type('spokiTrigger')].description;
	const all = (list: INodeProperties[]): INodeProperties[] =>
		list.flatMap((p) => [
			p,
			...all(
				((p.options ?? []) as unknown[]).flatMap((o) => {
					const option = o as { values?: INodeProperties[]; type?: string };
					if (option.values) return option.values;
					return option.type ? [option as INodeProperties] : [];
				}),
			),
		]);

	test('the action node is usable as a tool, the trigger is not', () => {
		expect(spoki.usableAsTool).toBe(true);
		expect(trigger.usableAsTool).toBeUndefined();
		expect(trigger.inputs).toEqual([]);
	});

	test('every dropdown field says "Name or ID" and how to use an expression', () => {
		const dynamic = all(spoki.properties).filter((p) => p.typeOptions?.loadOptionsMethod);
		expect(dynamic.length).toBeGreaterThanOrEqual(8);
		for (const field of dynamic) {
			expect(field.displayName).toMatch(/Name or ID$/);
			expect(field.description).toMatch(
				/Choose from the list, or specify an ID using an <a href="https:\/\/docs\.n8n\.io\/code\/expressions\/">expression<\/a>\.$/,
			);
			expect(Object.keys(pkg.nodes[type('spoki')].methods?.loadOptions ?? {})).toContain(
				field.typeOptions?.loadOptionsMethod,
			);
		}
	});

	test('every resource has its operations, and every list has Return All and Limit', () => {
		const operations = spoki.properties.filter((p) => p.name === 'operation');
		const byResource = Object.fromEntries(
			operations.map((o) => [
				String(o.displayOptions?.show?.resource),
				(o.options as Array<{ value: string }>).map((x) => x.value),
			]),
		);
		// Operations are listed sorted by name (n8n's option rule); the default is each resource's first in resources/.
		expect(byResource).toEqual({
			message: ['sendAndWait', 'sendButtons', 'sendList', 'sendTemplate', 'sendText'],
			contact: ['addOperator', 'upsert', 'delete', 'get', 'getAll', 'removeOperator', 'update'],
			automation: ['get', 'getAll', 'start'],
			list: [
				'addContacts',
				'create',
				'delete',
				'get',
				'getAll',
				'removeAllContacts',
				'removeContacts',
			],
			template: ['get', 'getAll'],
			tag: ['get', 'getAll'],
			customField: ['create', 'delete', 'get', 'getAll', 'update'],
			ticket: ['create', 'delete', 'get', 'getAll', 'update'],
			campaign: ['getAll'],
			account: ['get', 'getCurrentReport', 'getAll'],
			agency: ['getAll'],
			partner: ['getAll'],
		});
		for (const [resource, ops] of Object.entries(byResource)) {
			if (!ops.includes('getAll')) continue;
			for (const name of ['returnAll', 'limit']) {
				expect([
					resource,
					spoki.properties.some(
						(p) =>
							p.name === name &&
							p.displayOptions?.show?.resource?.[0] === resource &&
							p.displayOptions?.show?.operation?.[0] === 'getAll',
					),
				]).toEqual([resource, true]);
			}
		}
	});
});
