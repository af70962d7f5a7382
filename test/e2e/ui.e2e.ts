/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals */
/**
 * The editor as a user meets it: Debian's Chromium, driven by playwright-core,
 * in a real n8n (each version scripts/e2e.sh runs) with the packed package installed and the fake providers.
 * Walks the node search (and the AI Agent's tool search), a credential test,
 * a dropdown filled from a provider, a send executed from the editor, and a
 * trigger listening for a test event. Run through scripts/e2e.sh (N8N_BIN,
 * MSUITE_TARBALL, CHROMIUM). With UI_SCREENSHOTS=<folder> the screenshots
 * (the README's, in docs/screenshots) are written there.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { chromium, selectors, type Browser, type Page } from 'playwright-core';

import { N8n, underTest } from './n8n';
import { heyyScenario } from './heyy.scenario';
import { spokiScenario } from './spoki.scenario';
import { twoChatScenario } from './twochat.scenario';
import { weniScenario } from './weni.scenario';
import { FakeWeni, WENI_TOKEN } from '../fakes/weni';

const { bin, tarball, version } = underTest();
const chromiumPath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const shots = process.env.UI_SCREENSHOTS
	? path.resolve(process.env.UI_SCREENSHOTS)
	: fs.mkdtempSync(path.join(os.tmpdir(), 'msuite-ui-'));

const PACKAGE = 'n8n-nodes-messaging-suite';
const examplesDir = path.resolve(__dirname, '../../examples');
const scenarios = [twoChatScenario, heyyScenario, spokiScenario, weniScenario];
// The owner N8n.login() creates.
const owner = { emailOrLdapLoginId: 'owner@example.com', password: 'Password123' };

selectors.setTestIdAttribute('data-test-id');

/** Waits until `probe` returns `want` (the fakes change as n8n calls them). */
async function until<T>(
	what: string,
	probe: () => T,
	want: (value: T) => boolean,
	timeoutMs = 15_000,
): Promise<T> {
	const end = Date.now() + timeoutMs;
	for (;;) {
		const value = probe();
		if (want(value)) return value;
		if (Date.now() > end)
			throw new Error(`Timed out waiting for ${what}; last seen: ${JSON.stringify(value)}`);
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
}

interface WorkflowNode {
	name: string;
	type: string;
	parameters: Record<string, unknown>;
	credentials?: Record<string, { id: string; name: string }>;
}

describe(`the nodes in the n8n ${version} editor (Chromium)`, () => {
	const n8n = new N8n(bin);
	let browser: Browser;
	let page: Page;
	/** Credentials as n8n saved them, by type; the Weni one the credential walk breaks on purpose is apart. */
	const saved = new Map<string, { id: string; name: string }>();
	let weniTestCredential = '';
	const credentialOf = (type: string) => ({ [type]: saved.get(type)! });

	/** Saves a workflow (a Manual Trigger in front of action nodes) and opens it. */
	async function openWorkflow(name: string, nodes: WorkflowNode[]): Promise<void> {
		const trigger = nodes[0].type.endsWith('Trigger') || nodes[0].type.startsWith('@');
		const all = [
			...(trigger
				? []
				: [
						{
							name: 'When clicking ‘Execute workflow’',
							type: 'n8n-nodes-base.manualTrigger',
							parameters: {},
						},
					]),
			...nodes,
		].map((n, i) => ({ id: `node${i}`, typeVersion: 1, position: [i * 260, 0], ...n }));
		const connections = Object.fromEntries(
			all
				.slice(0, -1)
				.map((n, i) => [n.name, { main: [[{ node: all[i + 1].name, type: 'main', index: 0 }]] }]),
		);
		const saved = await n8n.rest<{ id: string }>('POST', '/workflows', {
			name,
			nodes: all,
			connections,
			settings: { executionOrder: 'v1' },
			// n8n 1.x stores `active` and refuses a new workflow without it; 2.x tracks publication apart.
			...(n8n.major === 1 ? { active: false } : {}),
		});
		await page.goto(`${n8n.baseUrl}/workflow/${saved.id}`);
		await canvasNode(all[all.length - 1].name).waitFor({ timeout: 60_000 });
	}

	const canvasNode = (name: string) =>
		page.locator(`[data-test-id="canvas-node"][data-node-name="${name}"]`);

	async function openNode(name: string): Promise<void> {
		await canvasNode(name).dblclick();
		await page.getByTestId('ndv').waitFor();
	}

	async function shot(file: string): Promise<void> {
		await page.waitForTimeout(300); // let transitions settle
		await page.screenshot({ path: path.join(shots, file) });
	}

	/** Names listed by the open node creator after typing `query`. */
	async function searchNodes(query: string): Promise<string[]> {
		await page.getByTestId('node-creator-search-bar').fill(query);
		const names = page.getByTestId('node-creator-item-name');
		await names.first().waitFor();
		await page.waitForTimeout(500); // the list filters as one types
		return (await names.allInnerTexts()).map((t) => t.trim());
	}

	/** Opens the dropdown of parameter `name` in the open node and returns its options. */
	async function dropdownOptions(name: string): Promise<string[]> {
		await page.locator(`[data-test-id="parameter-input-${name}"] input`).first().click();
		const options = page.locator('.el-select-dropdown__item:visible');
		await options.first().waitFor();
		return (await options.allInnerTexts()).map((t) => t.trim());
	}

	beforeAll(async () => {
		for (const s of scenarios) await s.fake.start();
		await n8n.installPackage(tarball);
		n8n.spawn('start');
		await n8n.waitHealthy();
		await n8n.login();
		// Saved through n8n's API (cheaper than a second n8n process for import:credentials).
		for (const { name, type, data } of scenarios.flatMap((s) => s.credentials(s.fake.baseUrl))) {
			const { id } = await n8n.rest<{ id: string }>('POST', '/credentials', { name, type, data });
			saved.set(type, { id, name });
		}
		({ id: weniTestCredential } = await n8n.rest<{ id: string }>('POST', '/credentials', {
			name: 'Weni (credential test)',
			type: 'weniApi',
			data: { apiToken: WENI_TOKEN, baseUrl: weniScenario.fake.baseUrl },
		}));

		fs.mkdirSync(shots, { recursive: true });
		browser = await chromium.launch({
			executablePath: chromiumPath,
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-dev-shm-usage',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
			],
		});
		const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
		context.setDefaultTimeout(30_000);
		const login = await context.request.post(`${n8n.baseUrl}/rest/login`, { data: owner });
		expect(login.status()).toBe(200);
		page = await context.newPage();
	}, 300_000);

	// What the page showed when a walk ended (kept outside the screenshots folder).
	const failures = path.join(os.tmpdir(), 'msuite-ui-last');
	afterEach(async () => {
		const name = (expect.getState().currentTestName ?? 'walk')
			.replace(/[^a-z0-9]+/gi, '-')
			.slice(0, 80);
		fs.mkdirSync(failures, { recursive: true });
		await page?.screenshot({ path: path.join(failures, `${name}.png`) }).catch(() => undefined);
	});

	afterAll(async () => {
		await browser?.close();
		await n8n.stop();
		for (const s of scenarios) await s.fake.stop();
		n8n.cleanup();
	});

	test('the node panel and the AI Agent tool search find every node by "WhatsApp", Weni by "RapidPro" and "TextIt"', async () => {
		await page.goto(`${n8n.baseUrl}/workflow/new`);
		await page.getByTestId('canvas-plus-button').click();
		// On an empty canvas the panel offers triggers.
		expect(await searchNodes('WhatsApp')).toEqual(
			expect.arrayContaining(['Heyy', 'Spoki', '2Chat', 'Weni']),
		);
		await shot('node-search-whatsapp.png');
		expect(await searchNodes('RapidPro')).toContain('Weni');
		expect(await searchNodes('TextIt')).toContain('Weni');
		// A trigger's events read as actions, with the provider's spelling (not "On whats app …").
		await searchNodes('WhatsApp');
		await page.getByTestId('node-creator-item-name').getByText('Heyy', { exact: true }).click();
		// n8n opens the package's node details with the trigger's events.
		for (const action of ['On WhatsApp message received', 'On SMS message status']) {
			await page.getByText(action, { exact: true }).first().waitFor();
		}
		expect(await page.getByText(/whats app/i).count()).toBe(0);
		await page.waitForTimeout(500); // the panel slides in
		await shot('heyy-trigger-actions.png');

		await openWorkflow('AI Agent with messaging tools', [
			{
				name: 'When chat message received',
				type: '@n8n/n8n-nodes-langchain.chatTrigger',
				parameters: {},
			},
			{ name: 'AI Agent', type: '@n8n/n8n-nodes-langchain.agent', parameters: {} },
		]);
		await page
			.locator(
				'[data-test-id="canvas-node-input-handle"][data-connection-type="ai_tool"] [data-test-id="canvas-handle-plus"]',
			)
			.click();
		if (n8n.major === 1) {
			// n8n 1.x gives a node's tool variant a codex of its own without the node's search
			// aliases, so the tool panel finds the tools by name only ("Heyy"), not by "WhatsApp".
			for (const tool of ['Heyy', 'Spoki', '2Chat', 'Weni'])
				expect(await searchNodes(tool)).toContain(`${tool} Tool`);
			expect(await searchNodes('whatsapp')).not.toContain('Heyy Tool');
		} else {
			expect(await searchNodes('whatsapp')).toEqual(
				expect.arrayContaining(['Heyy Tool', 'Spoki Tool', '2Chat Tool', 'Weni Tool']),
			);
			await shot('ai-tool-search-whatsapp.png');
			expect(await searchNodes('rapidpro')).toContain('Weni Tool');
		}
		await page.keyboard.press('Escape');
	});

	test('a credential test passes; a Base URL with /api/v2 and a wrong token each say what to fix', async () => {
		await page.goto(`${n8n.baseUrl}/home/credentials/${weniTestCredential}`);
		const modal = page.getByTestId('editCredential-modal');
		// Opening a saved credential tests it.
		await modal.getByText('Connection tested successfully').waitFor();
		// Saving tests again; n8n folds the reason under "More details".
		const failure = async (expected: string): Promise<string> => {
			await modal.getByTestId('credential-save-button').click();
			const config = modal.getByTestId('node-credentials-config-container');
			const end = Date.now() + 20_000;
			for (;;) {
				const more = modal.getByText('More details');
				if (await more.isVisible()) await more.click();
				const text = await config.innerText();
				if (text.includes(expected) || Date.now() > end) return text;
				await page.waitForTimeout(250);
			}
		};

		await modal
			.locator('[data-test-id="parameter-input-baseUrl"] input')
			.fill(`${weniScenario.fake.baseUrl}/api/v2`);
		// n8n 1.x runs the same test but shows its own reason for the status ("could not be
		// found", "Authorization failed"), never the message the credential's rules give for it:
		// its ExecutionBaseError (n8n-workflow 1.x) drops an Error's cause, so the credential
		// tester never sees the response status the rules are matched against.
		const v1 = n8n.major === 1;
		expect(await failure(v1 ? 'could not be found' : 'HTTP 404')).toContain(
			v1 ? 'could not be found' : 'remove any path like /api/v2',
		);

		await modal
			.locator('[data-test-id="parameter-input-baseUrl"] input')
			.fill(weniScenario.fake.baseUrl);
		await modal
			.locator('[data-test-id="parameter-input-apiToken"] input')
			.fill('a-token-from-another-workspace');
		const wrongToken = await failure(v1 ? 'Authorization failed' : 'HTTP 401');
		if (v1) expect(wrongToken).toContain('Authorization failed');
		else {
			expect(wrongToken).toContain('Invalid token.'); // what RapidPro answers
			expect(wrongToken).toContain('API Tokens'); // where to find the right one
		}
		await shot('credential-test-wrong-token.png');
		await page.keyboard.press('Escape');

		// The same through n8n's credential test for the other providers: each says where the key is.
		const whereTheKeyIs: Record<string, string> = {
			heyyApi: 'Settings → API Keys',
			spokiApi: 'Integrations → API',
			twoChatApi: 'Developers → API Access',
		};
		for (const s of [heyyScenario, spokiScenario, twoChatScenario]) {
			const [stored] = s.credentials(s.fake.baseUrl);
			const result = await n8n.rest<{ status: string; message: string }>(
				'POST',
				'/credentials/test',
				{
					credentials: {
						...saved.get(stored.type),
						type: stored.type,
						data: { ...stored.data, apiKey: 'a-key-from-another-account' },
					},
				},
			);
			expect([stored.type, result.status]).toEqual([stored.type, 'Error']);
			if (v1) {
				expect(result.message).toContain('Authorization failed');
				continue;
			}
			expect(result.message).toContain('HTTP 401');
			expect(result.message).toContain(whereTheKeyIs[stored.type]);
		}
	});

	test("Heyy Send and Wait for Response shows n8n's fields and says how the contact answers", async () => {
		await openWorkflow('Heyy: ask for approval', [
			{
				name: 'Ask for approval',
				type: `${PACKAGE}.heyy`,
				parameters: {
					resource: 'message',
					operation: 'sendAndWait',
					channelId: { __rl: true, mode: 'id', value: 'ch_wa_1' },
					phoneNumber: '+393331234567',
					message: 'Hi Giulia, shall we refund order A-1042 (€80) to your card?',
					approvalOptions: {
						values: {
							approvalType: 'double',
							approveLabel: 'Yes, refund',
							disapproveLabel: 'No, thanks',
						},
					},
				},
				credentials: credentialOf('heyyApi'),
			},
		]);
		await openNode('Ask for approval');
		const panel = page.getByTestId('ndv');
		await panel.getByText('reply buttons in WhatsApp', { exact: false }).first().waitFor();
		await panel.getByText('Response Type').first().waitFor();
		await panel.getByText('Approval Options').first().waitFor();
		await shot('heyy-send-and-wait.png');
	});

	test('the Heyy AI agent example opens whole in the editor: trigger, AI Agent with model and memory, send; no node flags a problem', async () => {
		const example = JSON.parse(
			fs.readFileSync(path.join(examplesDir, 'heyy-ai-agent.json'), 'utf8'),
		) as { name: string; nodes: WorkflowNode[]; connections: object };
		// The example's credentials point at ids of the importing n8n: here, the ones saved above.
		const openAi = await n8n.rest<{ id: string; name: string }>('POST', '/credentials', {
			name: 'OpenAI account',
			type: 'openAiApi',
			data: { apiKey: 'sk-not-used', url: 'http://127.0.0.1:9/v1' },
		});
		const nodes = example.nodes.map((node) => ({
			...node,
			...(node.credentials
				? {
						credentials: Object.fromEntries(
							Object.keys(node.credentials).map((type) => [
								type,
								type === 'openAiApi' ? { id: openAi.id, name: openAi.name } : saved.get(type)!,
							]),
						),
					}
				: {}),
		}));
		const workflow = await n8n.rest<{ id: string }>('POST', '/workflows', {
			name: example.name,
			nodes,
			connections: example.connections,
			settings: { executionOrder: 'v1' },
			...(n8n.major === 1 ? { active: false } : {}),
		});
		await page.goto(`${n8n.baseUrl}/workflow/${workflow.id}`);
		for (const node of nodes) await canvasNode(node.name).waitFor({ timeout: 60_000 });
		// n8n marks a node with missing credentials or required fields on the canvas.
		expect(await page.getByTestId('node-issues').count()).toBe(0);
		await page.getByTestId('zoom-to-fit').click();
		await shot('heyy-ai-agent-workflow.png');
	});

	test('2Chat send: the From Number list comes from 2Chat; executing the send shows the message 2Chat accepted', async () => {
		const fake = twoChatScenario.fake as unknown as {
			sent: Array<Record<string, unknown>>;
			numbers: Array<Record<string, unknown>>;
		};
		const before = fake.sent.length;
		await openWorkflow('2Chat: send a WhatsApp message', [
			{
				name: 'Send WhatsApp message',
				type: `${PACKAGE}.twoChat`,
				parameters: {
					resource: 'message',
					operation: 'send',
					fromNumber: { __rl: true, mode: 'list', value: '' },
					recipientType: 'number',
					toNumber: '+5215512345678',
					messageType: 'text',
					text: 'Hi Ana, your order has shipped.',
				},
				credentials: credentialOf('twoChatApi'),
			},
		]);
		await openNode('Send WhatsApp message');
		// "From list": the account's numbers, as 2Chat lists them.
		await page.getByTestId('resource-locator-fromNumber').getByTestId('rlc-input').click();
		const items = page.locator('[data-test-id="rlc-item"]:visible'); // the list is rendered in a popover
		await items.first().waitFor();
		const listed = (await items.allInnerTexts()).join('\n');
		const numbers = fake.numbers.map((n) => String(n.phone_number));
		for (const number of numbers) expect(listed).toContain(number);
		await shot('2chat-from-number-list.png');
		await items.filter({ hasText: numbers[0] }).first().click();

		await page.getByTestId('node-execute-button').click();
		const output = page.getByTestId('output-panel');
		await output.getByTestId('node-run-status-success').waitFor();
		expect(fake.sent.length).toBe(before + 1);
		const sent = fake.sent[fake.sent.length - 1];
		expect(sent).toEqual(
			expect.objectContaining({
				from_number: numbers[0],
				to_number: '+5215512345678',
				text: 'Hi Ana, your order has shipped.',
			}),
		);
		// The id 2Chat gave the message is in the output.
		await output.getByTestId('radio-button-json').click();
		await output.getByText(String(sent.uuid)).first().waitFor();
		await shot('2chat-send-output.png');
		// n8n 1.x's node details view closes with "Back to canvas".
		await page.getByTestId(n8n.major === 1 ? 'back-to-canvas' : 'ndv-close-button').click();
	});

	test('Weni Message → Send: a URN typed By ID starts and reaches Weni (n8n checks the locator by its own rule)', async () => {
		const fake = weniScenario.fake as unknown as FakeWeni;
		fake.seedContacts(1);
		const urn = String((fake.contacts[fake.contacts.length - 1].urns as string[])[0]);
		const before = fake.requestsTo('POST', '/api/v2/messages.json').length;
		await openWorkflow('Weni: send to a URN', [
			{
				name: 'Send a message',
				type: `${PACKAGE}.weni`,
				parameters: {
					resource: 'message',
					operation: 'send',
					contact: { __rl: true, mode: 'id', value: '' },
					text: 'Hi from n8n',
				},
				credentials: credentialOf('weniApi'),
			},
		]);
		await openNode('Send a message');
		await page.getByTestId('resource-locator-contact').getByTestId('rlc-input').fill(urn);
		await page.getByTestId('node-execute-button').click();
		const output = page.getByTestId('output-panel');
		await output.getByTestId('node-run-status-success').waitFor();
		const sent = fake.requestsTo('POST', '/api/v2/messages.json');
		expect(sent.length).toBe(before + 1);
		expect(JSON.stringify(sent[sent.length - 1].body)).toContain(urn);
		await shot('weni-send-urn.png');
		await page.getByTestId(n8n.major === 1 ? 'back-to-canvas' : 'ndv-close-button').click();
	});

	test('Spoki Send Buttons: a fourth button gives an error headline with the count and the limit', async () => {
		const button = (text: string) => ({ text, payload: text.toLowerCase() });
		await openWorkflow('Spoki: too many buttons', [
			{
				name: 'Send buttons',
				type: `${PACKAGE}.spoki`,
				parameters: {
					resource: 'message',
					operation: 'sendButtons',
					phone: '+393331234567',
					text: 'Pick a slot',
					buttons: { button: [button('Morning'), button('Noon'), button('Evening')] },
				},
				credentials: credentialOf('spokiApi'),
			},
		]);
		await openNode('Send buttons');
		await page.getByRole('button', { name: 'Add Button' }).click();
		await page.getByTestId('node-execute-button').click();
		const headline = page.getByTestId('node-error-message').first();
		await headline.waitFor();
		expect(await headline.innerText()).toContain(
			'"Buttons" holds 4 buttons; WhatsApp shows at most 3',
		);
		await page.getByTestId(n8n.major === 1 ? 'back-to-canvas' : 'ndv-close-button').click();
	});

	test('Weni Send Template on Weni Flows: picking a template shows one field per variable', async () => {
		const flows = new FakeWeni('', { generation: 'flows' });
		const baseUrl = await flows.start();
		try {
			const credential = await n8n.rest<{ id: string }>('POST', '/credentials', {
				name: 'Weni Flows',
				type: 'weniApi',
				data: { apiToken: WENI_TOKEN, baseUrl, apiFlavour: 'flows' },
			});
			await openWorkflow('Weni Flows: send a template', [
				{
					name: 'Send a template',
					type: `${PACKAGE}.weni`,
					parameters: {
						resource: 'message',
						operation: 'sendTemplate',
						contact: { __rl: true, mode: 'id', value: 'whatsapp:5582999990000' },
						template: { __rl: true, mode: 'list', value: '' },
					},
					credentials: { weniApi: { id: credential.id, name: 'Weni Flows' } },
				},
			]);
			await openNode('Send a template');
			await page.getByTestId('resource-locator-template').getByTestId('rlc-input').click();
			const items = page.locator('[data-test-id="rlc-item"]:visible');
			await items.filter({ hasText: 'welcome_message' }).first().click();
			const fields = page.getByTestId('mapping-fields-container');
			await fields.getByText('{{2}} in').first().waitFor();
			const text = await fields.innerText();
			expect(text).toContain('{{1}} in "Oi {{1}}, tudo certo para {{2}}?"');
			expect(text).toContain('{{2}} in "Oi {{1}}, tudo certo para {{2}}?"');
			await shot('weni-template-variables.png');
			await page.getByTestId(n8n.major === 1 ? 'back-to-canvas' : 'ndv-close-button').click();
		} finally {
			await flows.stop();
		}
	});

	test('a trigger lists its resthooks from Weni, listens with a hint, registers the test URL and shows a delivery', async () => {
		const fake = weniScenario.fake as unknown as {
			subscribers: Array<Record<string, unknown>>;
			resthooks: Array<Record<string, unknown>>;
		};
		await openWorkflow('Weni: a lead from a flow', [
			{
				name: 'Weni Trigger',
				type: `${PACKAGE}.weniTrigger`,
				parameters: { resthook: '' },
				credentials: credentialOf('weniApi'),
			},
		]);
		await openNode('Weni Trigger');
		// The dropdown is filled from the provider.
		const slugs = fake.resthooks.map((r) => String(r.resthook));
		expect(await dropdownOptions('resthook')).toEqual(expect.arrayContaining(slugs));
		await shot('weni-trigger-resthooks.png');
		await page
			.locator('.el-select-dropdown__item:visible')
			.filter({ hasText: slugs[0] })
			.first()
			.click();

		// Before listening, the trigger panel reads the node's own instruction (triggerPanel.header)
		// instead of n8n's generic "Go to Weni and create an event", and its help says test vs
		// production URL. (While listening, n8n 2.41.1 shows its own fixed hint: TriggerPanel's
		// ndv.trigger.webhookBasedNode.serviceHint, which no node setting replaces.)
		const header = page.getByTestId('trigger-header');
		await header.waitFor();
		expect(await header.innerText()).toContain(
			'Run the flow so a contact passes its "Call Zapier" action for this resthook',
		);
		await shot('weni-trigger-panel.png');
		await page.getByTestId('node-execute-button').click();
		const listening = page.getByTestId('trigger-listening');
		await listening.waitFor();
		// n8n's own fixed hint while listening (1.x and 2.41.1 alike): "Go to Weni and create an event".
		expect(await listening.innerText()).toContain('Weni');
		// The notice says which URL is registered when.
		expect(await page.getByTestId('node-parameters').innerText()).toMatch(
			/"Execute step" registers the test URL instead, only while it listens/,
		);
		// Listening registered n8n's test URL at Weni.
		const test = () =>
			fake.subscribers.map((s) => String(s.target_url)).filter((u) => u.includes('/webhook-test/'));
		const [testUrl] = await until(
			'the test URL registered at Weni',
			test,
			(urls) => urls.length === 1,
		);
		await shot('weni-trigger-listening.png');

		expect(await weniScenario.trigger.deliver(testUrl, false)).toBe(200);
		const output = page.getByTestId('output-panel');
		await output.getByTestId('node-run-status-success').waitFor();
		await output.getByText('Lia Costa').first().waitFor();
		// One test event, then n8n removes the test URL from Weni.
		await until('the test URL removed from Weni', test, (urls) => urls.length === 0);
		await shot('weni-trigger-output.png');
	});
});
