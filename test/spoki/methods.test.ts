import type { INodeProperties } from 'n8n-workflow';

import { FakeSpoki, SPOKI_KEY } from '../fakes/spoki';
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

const options = (method: string, parameters = {}) => loadOptions(pkg, type('spoki'), method, parameters, credentials);

describe('dropdowns', () => {
	test('templates: by name, unapproved ones marked, valued by id', async () => {
		expect(await options('getTemplates')).toEqual([
			{ name: 'order_shipped', value: '301', description: 'UTILITY' },
			{ name: 'spring_promo (not approved)', value: '302', description: 'MARKETING' },
		]);
		expect(fake.requests.map((r) => `${r.method} ${r.path} ${r.headers['x-spoki-api-key']}`)).toEqual([`GET /api/1/templates/ ${SPOKI_KEY}`]);
	});

	test('tags, following every DRF page', async () => {
		fake.pageSize = 1;
		try {
			expect(await options('getTags')).toEqual([
				{ name: 'Newsletter', value: '12' },
				{ name: 'VIP', value: '11' },
			]);
			expect(fake.requests.map((r) => r.query.page ?? '1')).toEqual(['1', '2']);
		} finally {
			fake.pageSize = 20;
		}
	});

	test('automations: all of them, inactive ones marked', async () => {
		expect(await options('getAutomations')).toEqual([
			{ name: 'Cart recovery (inactive)', value: '345017' },
			{ name: 'Paused API flow', value: '345018' },
			{ name: 'Welcome flow', value: '345016' },
		]);
	});

	test('automations the node can start: those with an API trigger', async () => {
		expect(await options('getApiAutomations')).toEqual([
			{ name: 'Paused API flow', value: '345018' },
			{ name: 'Welcome flow', value: '345016' },
		]);
		expect(fake.requests[0].query).toEqual({ webhook_platform: 'Api' });
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

	test('a refused key surfaces Spoki\'s words in the editor', async () => {
		await expect(
			loadOptions(pkg, type('spoki'), 'getTags', {}, { spokiApi: { ...credentials.spokiApi, apiKey: 'wrong-key-1234' } }),
		).rejects.toThrow('Spoki error 401: Invalid API key.');
	});
});

describe('credential', () => {
	test('test request: GET /api/1/accounts/ with X-Spoki-Api-Key; a trailing slash on the base URL is fine', async () => {
		expect(await testCredential(pkg, 'spokiApi', credentials.spokiApi)).toMatchObject({ status: 200, body: { count: 2 } });
		expect(fake.requests.map((r) => `${r.method} ${r.path} ${r.headers['x-spoki-api-key']}`)).toEqual([`GET /api/1/accounts/ ${SPOKI_KEY}`]);
		const bad = await testCredential(pkg, 'spokiApi', { ...credentials.spokiApi, apiKey: 'nope-nope' });
		expect(bad).toEqual({ status: 401, body: { detail: 'Invalid API key.' } });
	});

	test('defaults and naming', () => {
		const credential = pkg.credentials.spokiApi;
		expect(credential.displayName).toBe('Spoki API');
		expect(credential.properties.find((p) => p.name === 'baseUrl')?.default).toBe('https://api.spoki.com');
		expect(credential.properties.find((p) => p.name === 'apiKey')?.typeOptions).toEqual({ password: true });
	});
});

describe('node descriptions', () => {
	const spoki = pkg.nodes[type('spoki')].description;
	const trigger = pkg.nodes[type('spokiTrigger')].description;
	const all = (list: INodeProperties[]): INodeProperties[] =>
		list.flatMap((p) => [
			p,
			...all(((p.options ?? []) as unknown[]).flatMap((o) => {
				const option = o as { values?: INodeProperties[]; type?: string };
				if (option.values) return option.values;
				return option.type ? [option as INodeProperties] : [];
			})),
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
			expect(Object.keys(pkg.nodes[type('spoki')].methods?.loadOptions ?? {})).toContain(field.typeOptions?.loadOptionsMethod);
		}
	});

	test('every resource has its operations, and every list has Return All and Limit', () => {
		const operations = spoki.properties.filter((p) => p.name === 'operation');
		const byResource = Object.fromEntries(
			operations.map((o) => [String(o.displayOptions?.show?.resource), (o.options as Array<{ value: string }>).map((x) => x.value)]),
		);
		expect(byResource).toEqual({
			message: ['sendTemplate', 'sendText'],
			contact: ['upsert', 'delete', 'get', 'list', 'update'],
			automation: ['get', 'list', 'start'],
			template: ['get', 'list'],
			tag: ['get', 'list'],
			customField: ['create', 'delete', 'get', 'list', 'update'],
			ticket: ['create', 'delete', 'get', 'list', 'update'],
			campaign: ['list'],
			account: ['get', 'getCurrentReport', 'list'],
			agency: ['list'],
			partner: ['list'],
		});
		for (const [resource, ops] of Object.entries(byResource)) {
			if (!ops.includes('list')) continue;
			for (const name of ['returnAll', 'limit']) {
				expect([resource, spoki.properties.some((p) => p.name === name && p.displayOptions?.show?.resource?.[0] === resource && p.displayOptions?.show?.operation?.[0] === 'list')]).toEqual([resource, true]);
			}
		}
	});
});
