import type { IDataObject } from 'n8n-workflow';

import * as methods from '../../nodes/Heyy/methods';
import { FakeHeyy, HEYY_KEY } from '../fakes/heyy';
import { mapperFields, searchList } from '../harness/editor';
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

/** Runs one of the Heyy node's registered list searches the way the editor does. */
const listSearch = (method: string, parameters: IDataObject, filter?: string, token?: string) =>
	searchList(heyy, method, parameters, credentials, filter, token);
/** Runs the node's template-variable mapper the way the editor does. */
const templateVariables = (parameters: IDataObject) =>
	mapperFields(heyy, 'getTemplateVariables', parameters, credentials);

/** A list search's first page (full: 100 results) and the page its token leads to. */
async function twoPages(method: string) {
	const first = await listSearch(method, {});
	expect(first.results).toHaveLength(100);
	return { first, second: await listSearch(method, {}, undefined, first.paginationToken) };
}

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

test('list search: message templates across pages (a paging token), with language, no sort key sent', async () => {
	fake.seedTemplates(120);
	try {
		const { first, second } = await twoPages('searchTemplates');
		expect(first.results[0]).toEqual({ name: 'order_update (en)', value: 'tpl_1' });
		expect(first.results[1]).toEqual({ name: 'welcome (it)', value: 'tpl_2' });
		expect(second.results).toHaveLength(22);
		expect(second.paginationToken).toBeUndefined();
		// No sortBy (a key Heyy may refuse, audit H9).
		expect(fake.requests.map((r) => r.query)).toEqual([
			{ page: '0', pageSize: '100' },
			{ page: '1', pageSize: '100' },
		]);
		const filtered = await listSearch('searchTemplates', {}, 'WELC');
		expect(filtered.results).toEqual([{ name: 'welcome (it)', value: 'tpl_2' }]);
	} finally {
		fake.templates.splice(2);
	}
});

test('list search: templates when Heyy accepts only updatedAt as sort key and pages count from 1: no template lost or shown twice', async () => {
	fake.templateSortKeys = ['updatedAt'];
	fake.pageBase = 1;
	fake.seedTemplates(220);
	try {
		const seen: string[] = [];
		let token: string | undefined;
		do {
			const page = await listSearch('searchTemplates', {}, undefined, token);
			seen.push(...page.results.map((r) => String(r.value)));
			token = page.paginationToken;
		} while (token);
		expect(seen).toHaveLength(222);
		expect(new Set(seen).size).toBe(222);
		expect(fake.requests.map((r) => r.query.page)).toEqual(['0', '1', '2', '3']);
	} finally {
		fake.templates.splice(2);
		fake.templateSortKeys = ['createdAt', 'name', 'updatedAt'];
		fake.pageBase = 0;
	}
});

test('list search: WhatsApp sends offer WhatsApp channels only; other operations every channel', async () => {
	expect((await listSearch('searchWhatsAppChannels', {})).results).toEqual([
		{ name: 'Sales (+14155550100)', value: 'ch_wa_1' },
	]);
	expect((await listSearch('searchChannels', {})).results).toEqual([
		{ name: 'Acme Instagram (INSTAGRAM)', value: 'ch_ig_2' },
		{ name: 'Sales (+14155550100)', value: 'ch_wa_1' },
	]);
	expect((await listSearch('searchChannels', {}, 'insta')).results).toEqual([
		{ name: 'Acme Instagram (INSTAGRAM)', value: 'ch_ig_2' },
	]);
});

test('list search: contacts searched by Heyy (search parameter) and paged', async () => {
	fake.seedContacts(130);
	try {
		const { first, second } = await twoPages('searchContacts');
		expect(first.results[0]).toEqual({ name: 'Contact 1 Test (+14155560001)', value: 'con_0001' });
		expect(second.results).toHaveLength(30);
		const found = await listSearch('searchContacts', {}, '+14155560007');
		expect(found.results).toEqual([{ name: 'Contact 7 Test (+14155560007)', value: 'con_0007' }]);
		expect(fake.requests[2].query).toEqual({ search: '+14155560007', page: '0', pageSize: '100' });
	} finally {
		fake.contacts.length = 0;
	}
});

test('list search: labels and attributes by ID (to delete), dropdowns by name and external ID (for contacts)', async () => {
	expect((await listSearch('searchLabels', {})).results).toEqual([
		{ name: 'Lead', value: 'lbl_2' },
		{ name: 'VIP', value: 'lbl_1' },
	]);
	expect(await loadOptions(pkg, heyy, 'getLabelNames', {}, credentials)).toEqual([
		{ name: 'Lead', value: 'Lead' },
		{ name: 'VIP', value: 'VIP' },
	]);
	expect((await listSearch('searchAttributes', {}, 'tier')).results).toEqual([
		{ name: 'Customer Tier', value: 'att_1' },
	]);
	expect(await loadOptions(pkg, heyy, 'getAttributes', {}, credentials)).toEqual([
		{ name: 'City', value: 'city', description: undefined },
		{ name: 'Customer Tier', value: 'customer_tier', description: undefined },
	]);
});

test('list search: automations, chats and broadcasts of the chosen channel; none before a channel is chosen', async () => {
	const channel = { channelId: { __rl: true, mode: 'list', value: 'ch_wa_1' } };
	expect((await listSearch('searchAutomations', channel)).results).toEqual([
		{ name: 'Onboarding', value: 'wf_1' },
		{ name: 'Win back (INACTIVE)', value: 'wf_2' },
	]);
	expect(fake.requests.map((r) => r.path)).toEqual(['/api/v2.0/ch_wa_1/workflows']);
	fake.seedChats(2);
	try {
		expect((await listSearch('searchChats', channel)).results).toEqual([
			{ name: 'Chat 1', value: 'chat_ch_wa_1_1' },
			{ name: 'Chat 2', value: 'chat_ch_wa_1_2' },
		]);
	} finally {
		fake.chats.length = 0;
	}
	for (const method of ['searchAutomations', 'searchChats', 'searchBroadcasts']) {
		expect((await listSearch(method, {})).results).toEqual([]);
	}
	expect(fake.requests).toHaveLength(2);
});

test('template variables: one required field per placeholder of the chosen template; none before a template is chosen', async () => {
	const mapper = await templateVariables({
		messageTemplateId: { __rl: true, mode: 'list', value: 'tpl_1' },
	});
	expect(mapper.fields).toEqual([
		{
			id: 'order',
			displayName: 'order',
			required: true,
			defaultMatch: false,
			canBeUsedToMatch: false,
			display: true,
			type: 'string',
		},
		{
			id: 'eta',
			displayName: 'eta',
			required: true,
			defaultMatch: false,
			canBeUsedToMatch: false,
			display: true,
			type: 'string',
		},
	]);
	expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
		'GET /api/v2.0/message_templates',
	]);
	expect((await templateVariables({})).fields).toEqual([]);
	// A template without placeholders offers none (the free pairs stay available).
	const none = await templateVariables({ messageTemplateId: 'tpl_2' });
	expect(none.fields).toEqual([]);
});

test('the node registers its resource mapper for template variables', () => {
	expect(Object.keys(pkg.nodes[heyy].methods?.resourceMapping ?? {})).toEqual([
		'getTemplateVariables',
	]);
});

test('the node registers its list searches for the editor', () => {
	expect(Object.keys(pkg.nodes[heyy].methods?.listSearch ?? {}).sort()).toEqual(
		Object.keys(methods.listSearch).sort(),
	);
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

test('the credential: Bearer auth, default base URL, optional tenant ID, password-protected key', async () => {
	const credential = pkg.credentials.heyyApi;
	expect(credential.displayName).toBe('Heyy API');
	const byName = Object.fromEntries(credential.properties.map((p) => [p.name, p]));
	expect(byName.baseUrl.default).toBe('https://api.heyy.io/api/v2.0');
	expect(byName.apiKey.typeOptions).toEqual({ password: true });
	expect(byName.tenantId.required).toBeUndefined();
	// A function (n8n would evaluate a header template in its sandbox on every request).
	const authenticate = credential.authenticate as (
		c: Record<string, string>,
		r: { url: string; headers?: Record<string, string> },
	) => Promise<{ headers: Record<string, string> }>;
	const signed = await authenticate(
		{ apiKey: 'k-123' },
		{ url: '/channels', headers: { Accept: 'application/json' } },
	);
	expect(signed.headers).toEqual({ Accept: 'application/json', Authorization: 'Bearer k-123' });
});
