/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals */
/**
 * The AI agent examples (examples/*-ai-agent.json) in a real n8n: each
 * provider's trigger with Combine Bursts on, n8n's own AI Agent with the
 * OpenAI Chat Model pointed at a local fake (the OpenAI credential's Base
 * URL on 127.0.0.1) and a Simple Memory keyed by the conversation, then our
 * send. Three messages of one contact, a second apart, must give one
 * execution, one model call whose prompt holds all three, and one reply.
 * Run in regular mode and in queue mode (one webhook processor, one worker).
 */
import fs from 'node:fs';
import path from 'node:path';

import type { ReceivedPrompt } from '../fakes/chat-model';
import { FakeChatModel, OPENAI_KEY } from '../fakes/chat-model';
import { FakeHeyy, HEYY_KEY } from '../fakes/heyy';
import type { FakeServer } from '../fakes/server';
import { FakeSpoki, SPOKI_KEY, spokiEvent, spokiSignature } from '../fakes/spoki';
import { FakeTwoChat, TWOCHAT_KEY } from '../fakes/twochat';
import { FakeWeni, WENI_TOKEN } from '../fakes/weni';
import { QueueInfra } from './infra';
import { freePort, N8n } from './n8n';

const examplesDir = path.resolve(__dirname, '../../examples');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const bin = process.env.N8N_BIN ?? '';
const tarball = process.env.MSUITE_TARBALL ?? '';
if (!bin || !tarball)
	throw new Error('Run through `npm run test:e2e` (needs N8N_BIN and MSUITE_TARBALL)');

async function until<T>(what: string, probe: () => Promise<T | undefined> | T | undefined) {
	const end = Date.now() + 90_000;
	while (Date.now() < end) {
		const value = await probe();
		if (value !== undefined && value !== false) return value;
		await sleep(250);
	}
	throw new Error(`Timed out waiting for ${what}`);
}

const post = async (url: string, body: string, headers: Record<string, string> = {}) =>
	(
		await fetch(url, {
			method: 'POST',
			headers: { 'content-type': 'application/json', ...headers },
			body,
		})
	).status;

const BURST = ['hi', 'my order #42 has not arrived', 'can you check?'];
const REPLY = 'Sorry about that! Order #42 ships today.';

interface AgentCase {
	provider: string;
	file: string;
	fake: FakeServer;
	credential: (baseUrl: string) => { id: string; name: string; type: string; data: object };
	reset(): void;
	registeredUrls(): string[];
	/** Delivers the n-th message of the burst the way the provider does. */
	deliver(url: string, text: string, n: number): Promise<number>;
	/** Bodies of the replies sent through our node. */
	replies(): unknown[];
	reply: unknown;
}

const heyy = new FakeHeyy();
const spoki = new FakeSpoki();
const twoChat = new FakeTwoChat();
const weni = new FakeWeni('', { generation: 'flows' });
const WENI_CONTACT = '0fd8a9ae-5a1c-4bd2-9f38-9a7d0f2e1a11';

const cases: AgentCase[] = [
	{
		provider: 'Heyy',
		file: 'heyy-ai-agent.json',
		fake: heyy,
		credential: (baseUrl) => ({
			id: 'msuiteheyy000001',
			name: 'Heyy account',
			type: 'heyyApi',
			data: { apiKey: HEYY_KEY, baseUrl, tenantId: '' },
		}),
		reset: () => {
			heyy.webhooks.length = 0;
			heyy.requests.length = 0;
		},
		registeredUrls: () => heyy.webhooks.map((w) => String(w.url)),
		deliver: (url, text, n) =>
			post(
				url,
				JSON.stringify({
					id: `dlv_agent_${Date.now()}_${n}`,
					event: 'message.received',
					data: {
						id: `msg_agent_${n}`,
						type: 'message',
						sender: 'inbound',
						status: 'delivered',
						content: { body: text, attachments: [] },
						timestamp: new Date().toISOString(),
						chat: { id: 'chat_agent' },
						handle: { id: 'hdl_1', type: 'phone_number', value: '+393331234567' },
						contact: { id: 'con_agent', firstName: 'Giulia', phoneNumber: '+393331234567' },
						channel: { id: 'ch_wa_1', type: 'whatsapp', name: 'Sales' },
					},
				}),
			),
		replies: () => heyy.requestsTo('POST', '/whatsapp_messages/send').map((r) => r.body),
		reply: { phoneNumber: '+393331234567', type: 'TEXT', bodyText: REPLY },
	},
	{
		provider: 'Spoki',
		file: 'spoki-ai-agent.json',
		fake: spoki,
		credential: (baseUrl) => ({
			id: 'msuitespoki00001',
			name: 'Spoki account',
			type: 'spokiApi',
			data: { apiKey: SPOKI_KEY, baseUrl },
		}),
		reset: () => {
			spoki.webhooks.length = 0;
			spoki.requests.length = 0;
		},
		registeredUrls: () => spoki.webhooks.map((w) => String(w.url)),
		deliver: (url, text, n) => {
			const hook = spoki.webhooks.find((w) => w.url === url && w.event === 'message.inbound');
			const raw = JSON.stringify(
				spokiEvent('message.inbound', {
					message: { id: 900 + n, text, content_type: 'Text' },
					contact: { id: 1001, phone: '+393331234567' },
				}),
			);
			return post(url, raw, { 'x-spoki-signature': spokiSignature(String(hook?.secret), raw) });
		},
		replies: () => spoki.requestsTo('POST', '/messages/send/').map((r) => r.body),
		reply: { type: 'Message', content_type: 'Text', phone: '+393331234567', text: REPLY },
	},
	{
		provider: '2Chat',
		file: '2chat-ai-agent.json',
		fake: twoChat,
		credential: (baseUrl) => ({
			id: 'msuite2chat00001',
			name: '2Chat account',
			type: 'twoChatApi',
			data: { apiKey: TWOCHAT_KEY, baseUrl },
		}),
		reset: () => {
			twoChat.webhooks.length = 0;
			twoChat.requests.length = 0;
		},
		registeredUrls: () => twoChat.webhooks.map((w) => String(w.hook_url)),
		// A WABA payload names its event (developers.2chat.co/docs/API/WhatsApp/WABA/webhooks).
		deliver: (url, text, n) =>
			post(
				url,
				JSON.stringify({
					event: 'whatsapp.waba.message.received',
					id: `MSGAGENT${Date.now()}${n}`,
					uuid: `MSGAGENT${Date.now()}${n}`,
					created_at: new Date().toISOString(),
					message: { text },
					remote_phone_number: '+5215533334444',
					channel_phone_number: '+16173518454',
					sent_by: 'user',
				}),
			),
		replies: () => twoChat.requestsTo('POST', '/waba/send-message').map((r) => r.body),
		reply: { from_number: '+16173518454', to_number: '+5215533334444', text: REPLY },
	},
	{
		provider: 'Weni',
		file: 'weni-ai-agent.json',
		fake: weni,
		credential: (baseUrl) => ({
			id: 'msuiteweni000001',
			name: 'Weni account',
			type: 'weniApi',
			data: { apiToken: WENI_TOKEN, baseUrl, apiFlavour: 'flows' },
		}),
		reset: () => {
			weni.reset();
			weni.resthooks.push({ resthook: 'ai-agent', created_on: '2026-11-01T00:00:00.000000Z' });
			// The contact wrote just now: the window is open (the example fails when it is not).
			weni.contacts.push({
				uuid: WENI_CONTACT,
				name: 'Lia Costa',
				status: 'active',
				language: 'por',
				urns: ['whatsapp:5582988887777'],
				groups: [],
				fields: {},
				created_on: '2026-11-01T00:00:00.000000Z',
				modified_on: '2026-11-01T00:00:00.000000Z',
				last_seen_on: new Date().toISOString(),
			});
		},
		registeredUrls: () => weni.subscribers.map((s) => String(s.target_url)),
		// goflow's resthook payload: one flow run passing its "Call Zapier" node per message.
		deliver: (url, text, n) =>
			post(
				url,
				JSON.stringify({
					contact: { uuid: WENI_CONTACT, name: 'Lia Costa', urn: 'whatsapp:5582988887777' },
					flow: { uuid: 'f5901b62-ba76-4003-9c62-72fdacc1b7b7', name: 'AI handover' },
					path: [{ uuid: `step-${n}`, node_uuid: 'n1', arrived_on: new Date().toISOString() }],
					results: {},
					run: { uuid: `run-agent-${Date.now()}`, created_on: new Date().toISOString() },
					input: { uuid: `in-${n}`, type: 'msg', text, attachments: [] },
				}),
			),
		replies: () => weni.requestsTo('POST', '/whatsapp_broadcasts.json').map((r) => r.body),
		reply: { contacts: [WENI_CONTACT], msg: { text: REPLY } },
	},
];

const model = new FakeChatModel();
const lastUserTurn = (prompt: ReceivedPrompt) =>
	prompt.messages.filter((m) => m.role === 'user').pop()?.content;
const only = process.env.MSUITE_AGENT_PROVIDERS?.split(',');
const selected = cases.filter((c) => !only || only.includes(c.provider));
const modes = (process.env.MSUITE_AGENT_MODES ?? 'regular,queue').split(',');

describe.each(modes.map((m) => [m]))('AI agent examples in n8n, %s mode', (mode) => {
	const infra = mode === 'queue' ? new QueueInfra() : undefined;
	let n8n: N8n;
	const ids = new Map<string, string>();
	/** A second webhook process (queue mode), as behind a load balancer. */
	let secondWebhookPort = 0;

	beforeAll(async () => {
		await infra?.start();
		n8n = new N8n(bin, infra?.env() ?? {});
		await model.start();
		for (const c of selected) await c.fake.start();
		await n8n.installPackage(tarball);
		if (infra) n8n.webhookPort = await freePort();
		const credentials = [
			...selected.map((c) => c.credential(c.fake.baseUrl)),
			{
				id: 'msuiteopenai0001',
				name: 'OpenAI account',
				type: 'openAiApi',
				data: { apiKey: OPENAI_KEY, url: model.baseUrl },
			},
		];
		const credentialsFile = path.join(n8n.userFolder, 'credentials.json');
		fs.writeFileSync(credentialsFile, JSON.stringify(credentials));
		await n8n.cli(['import:credentials', `--input=${credentialsFile}`]);
		const workflows = selected.map((c, n) => {
			const workflow = JSON.parse(fs.readFileSync(path.join(examplesDir, c.file), 'utf8'));
			workflow.id = `msuiteAgent${String(n + 1).padStart(5, '0')}`;
			ids.set(c.provider, workflow.id);
			return workflow;
		});
		// A copy of the 2Chat example for the split-burst test (its own webhook and subscription).
		const twoChatExample = selected.find((c) => c.provider === '2Chat');
		if (infra && twoChatExample) {
			const copy = JSON.parse(fs.readFileSync(path.join(examplesDir, twoChatExample.file), 'utf8'));
			// At most 16 characters, the length of the ids n8n generates: n8n 1.x silently skips saving
			// the static data (the trigger's subscription) of a workflow with a longer id
			// (`isWorkflowIdValid` in n8n-io/n8n packages/cli/src/utils.ts; 2.x allows 21).
			copy.id = 'msuiteAgentSplit';
			copy.name = `${copy.name} (split)`;
			for (const node of copy.nodes)
				if (node.webhookId) node.webhookId = `${node.webhookId.slice(0, -2)}ee`;
			ids.set('2Chat split', copy.id);
			workflows.push(copy);
		}
		const input = path.join(n8n.userFolder, 'workflows.json');
		fs.writeFileSync(input, JSON.stringify(workflows));
		await n8n.cli(['import:workflow', `--input=${input}`]);
		n8n.spawn('start');
		await n8n.waitHealthy();
		if (infra) {
			n8n.spawn('worker', {
				N8N_PORT: String(await freePort()),
				N8N_RUNNERS_BROKER_PORT: String(await freePort()),
			});
			n8n.spawn('webhook', {
				N8N_PORT: String(n8n.webhookPort),
				N8N_RUNNERS_BROKER_PORT: String(await freePort()),
			});
			await n8n.waitHealthy(`http://127.0.0.1:${n8n.webhookPort}/healthz`);
			secondWebhookPort = await freePort();
			n8n.spawn('webhook', {
				N8N_PORT: String(secondWebhookPort),
				N8N_RUNNERS_BROKER_PORT: String(await freePort()),
			});
			await n8n.waitHealthy(`http://127.0.0.1:${secondWebhookPort}/healthz`);
		}
		await n8n.login();
	}, 900_000); // three n8n processes and PostgreSQL on a loaded machine

	afterAll(async () => {
		await n8n?.stop();
		await model.stop();
		for (const c of selected) await c.fake.stop();
		n8n?.cleanup();
		await infra?.stop();
	});

	test.each(selected.map((c) => [c.provider, c] as const))(
		'%s: a burst of three messages → one execution, one model call holding all three, one reply',
		async (_name, c) => {
			const id = ids.get(c.provider)!;
			c.reset();
			// Both modes share the fakes: count only this test's replies.
			c.fake.requests.length = 0;
			model.reset();
			model.reply(REPLY);
			await n8n.activate(id);
			const urls = await until('the registration at the fake', () =>
				c.registeredUrls().length ? c.registeredUrls() : undefined,
			);
			await until('n8n to store the subscription', async () =>
				Object.values(await n8n.staticData(id)).some((node) => urls.includes(String(node.url))),
			);
			const statuses: number[] = [];
			for (const [n, text] of BURST.entries()) {
				statuses.push(await c.deliver(urls[0], text, n));
				await sleep(1000);
			}
			// Every delivery is answered at once, while the burst is held.
			expect(statuses).toEqual([200, 200, 200]);
			const executions = await until('the execution of the burst', async () => {
				const list = await n8n.executions(id);
				return list.length && list.every((e) => !['running', 'new', 'waiting'].includes(e.status))
					? list
					: undefined;
			});
			await sleep(2000); // no second execution may follow
			const all = await n8n.executions(id);
			if (all[0]?.status !== 'success') {
				const { data } = await n8n.finished(all[0].id);
				expect([all[0].status, data?.resultData.error?.message]).toEqual(['success', undefined]);
			}
			expect(all.map((e) => e.status)).toEqual(['success']);
			expect(executions).toHaveLength(1);
			expect(model.prompts).toHaveLength(1);
			// The human turn of the call (the memory may add earlier turns before it).
			expect(lastUserTurn(model.prompts[0])).toBe(BURST.join('\n'));
			expect(c.replies()).toEqual([c.reply]);
			await n8n.deactivate(id);
		},
	);

	// What the README says of several webhook processes: each holds the part of a burst it
	// received, so a burst split across two processes starts two executions, nothing is lost.
	const splitApplies = mode === 'queue' && selected.some((c) => c.provider === '2Chat');
	(splitApplies ? test : test.skip)(
		'2Chat: a burst split across two webhook processes starts one execution per process',
		async () => {
			const c = selected.find((x) => x.provider === '2Chat')!;
			const id = ids.get('2Chat split')!;
			c.reset();
			model.reset();
			model.reply('first part', 'second part');
			await n8n.activate(id);
			const urls = await until('the registration at the fake', () =>
				c.registeredUrls().length ? c.registeredUrls() : undefined,
			);
			await until('n8n to store the subscription', async () =>
				Object.values(await n8n.staticData(id)).some((node) => urls.includes(String(node.url))),
			);
			const other = new URL(urls[0]);
			other.port = String(secondWebhookPort);
			const targets = [urls[0], other.toString(), urls[0]];
			for (const [n, text] of BURST.entries()) {
				expect(await c.deliver(targets[n], text, n)).toBe(200);
				await sleep(1000);
			}
			await until('two finished executions', async () => {
				const list = await n8n.executions(id);
				return list.length === 2 && list.every((e) => e.status === 'success') ? list : undefined;
			});
			await sleep(2000);
			expect(await n8n.executions(id)).toHaveLength(2);
			const prompts = model.prompts.map(lastUserTurn).sort();
			expect(prompts).toEqual([`${BURST[0]}\n${BURST[2]}`, BURST[1]].sort());
			expect(c.replies()).toHaveLength(2);
			await n8n.deactivate(id);
		},
	);
});
