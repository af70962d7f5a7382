/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/require-node-api-error, no-console -- a benchmark script, not node code */
// `npm run bench:triggers` (scripts/bench-triggers.sh; not in CI): each provider's
// trigger and n8n's own Webhook node, one active workflow each, in one real n8n
// 2.x (regular mode, SQLite, default expression engine). Per target: N valid
// deliveries at C concurrent, then the same deliveries replayed, then N forged
// ones; printed: deliveries/s, latency p50/p95/p99, executions started, lost,
// duplicate executions, forged/s, peak resident memory of the n8n process.
//
// Knobs: BENCH_N (default 1000), BENCH_C (default 50), BENCH_FORGED (default 1000),
// BENCH_REPLAYS (default 100), BENCH_TARGETS (e.g. "webhook,weni"), BENCH_OUT (JSON file).
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { N8n } from '../../test/e2e/n8n';
import { FakeHeyy, HEYY_KEY } from '../../test/fakes/heyy';
import { FakeSpoki, SPOKI_KEY, signedDelivery, spokiEvent } from '../../test/fakes/spoki';
import { FakeTwoChat, TWOCHAT_KEY } from '../../test/fakes/twochat';
import { FakeWeni, WENI_TOKEN } from '../../test/fakes/weni';
import { percentile, runPool, type Shot } from './load';

const bin = process.env.N8N_BIN ?? '';
const tarball = process.env.MSUITE_TARBALL ?? '';
if (!bin || !tarball)
	throw new Error('Run through `npm run bench:triggers` (needs N8N_BIN and MSUITE_TARBALL)');

const N = Number(process.env.BENCH_N ?? 1000);
const C = Number(process.env.BENCH_C ?? 50);
const FORGED = Number(process.env.BENCH_FORGED ?? 1000);
const REPLAYS = Math.min(N, Number(process.env.BENCH_REPLAYS ?? 100));
const PACKAGE = 'n8n-nodes-messaging-suite';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Delivery {
	url: string;
	body: string;
	headers?: Record<string, string>;
}

/** One workflow under load: how to address it and how to make valid and forged deliveries. */
interface Target {
	name: string;
	workflowId: string;
	node: Record<string, unknown>;
	/** Waits until the provider holds the registration and n8n stored the trigger's state. */
	ready(n8n: N8n): Promise<void>;
	valid(n: number): Delivery;
	forged?(n: number): Delivery;
}

const fakes = {
	heyy: new FakeHeyy(),
	spoki: new FakeSpoki(),
	twoChat: new FakeTwoChat(),
	weni: new FakeWeni(),
};

function node(type: string, parameters: Record<string, unknown>, credential?: [string, string]) {
	return {
		id: randomUUID(),
		name: 'Trigger',
		type,
		typeVersion: type === 'n8n-nodes-base.webhook' ? 2 : 1,
		position: [0, 0],
		webhookId: randomUUID(),
		parameters,
		...(credential
			? { credentials: { [credential[0]]: { id: credential[1], name: credential[0] } } }
			: {}),
	};
}

/** Waits until `probe` gives a value (not undefined/false). */
async function until<T>(
	what: string,
	probe: () => Promise<T | undefined | false> | T | undefined | false,
	ms = 120_000,
): Promise<T> {
	const end = Date.now() + ms;
	while (Date.now() < end) {
		const value = await probe();
		if (value !== undefined && value !== false) return value;
		await sleep(250);
	}
	throw new Error(`Timed out waiting for ${what}`);
}

/** The registered URL, once n8n has also stored it in the trigger's static data. */
async function storedUrl(n8n: N8n, id: string, registered: () => string[]): Promise<void> {
	const urls = await until('the registration at the provider', () =>
		registered().length ? registered() : undefined,
	);
	await until('n8n to store the trigger state', async () =>
		Object.values(await n8n.staticData(id)).some((state) => urls.includes(String(state.url))),
	);
}

const json = (value: unknown) => JSON.stringify(value);
/** The registered URL with another token of the right shape in place of ours. */
const forgedToken = (url: string, n: number) => {
	const forged = new URL(url);
	forged.searchParams.set('token', n.toString(16).padStart(64, 'f'));
	return forged.toString();
};

function targets(webhookBase: string): Target[] {
	const webhook2 = node('n8n-nodes-base.webhook', {
		httpMethod: 'POST',
		path: `bench-${randomUUID()}`,
		responseMode: 'onReceived',
		options: {},
	});
	const webhook = node('n8n-nodes-base.webhook', {
		httpMethod: 'POST',
		path: `bench-${randomUUID()}`,
		responseMode: 'onReceived',
		options: {},
	});
	const heyy = node(`${PACKAGE}.heyyTrigger`, { events: ['WHATSAPP_MESSAGE_RECEIVED'] }, [
		'heyyApi',
		'benchheyy0000001',
	]);
	const spoki = node(`${PACKAGE}.spokiTrigger`, { events: ['message.inbound'] }, [
		'spokiApi',
		'benchspoki000001',
	]);
	const twoChat = node(
		`${PACKAGE}.twoChatTrigger`,
		{ events: ['whatsapp.message.received'], onNumber: '+5215500000001' },
		['twoChatApi', 'bench2chat000001'],
	);
	const weni = node(`${PACKAGE}.weniTrigger`, { resthook: 'new-lead' }, [
		'weniApi',
		'benchweni0000001',
	]);
	const hookUrl = () => String(fakes.heyy.webhooks[0]?.url ?? '');
	const chatUrl = () => String(fakes.twoChat.webhooks[0]?.hook_url ?? '');
	const weniUrl = () => String(fakes.weni.subscribers[0]?.target_url ?? '');
	const spokiSecret = () => fakes.spoki.secretFor('message.inbound');
	const spokiUrl = () => String(fakes.spoki.webhooks[0]?.url ?? '');
	const heyyBody = (n: number) => ({
		id: `dlv_${n}`,
		event: 'message.received',
		data: {
			id: `msg_${n}`,
			content: { body: 'Hi' },
			channel: { id: 'ch_wa_1', type: 'whatsapp' },
			handle: { value: '+393331234567' },
		},
	});
	const chatBody = (n: number) => ({
		id: `MSG${n}`,
		uuid: `MSG${n}`,
		created_at: new Date().toISOString(),
		session_key: 'WW-WPN111-5215533334444@c.us',
		message: { text: 'Hola' },
		remote_phone_number: '+5215533334444',
		channel_phone_number: '+5215500000001',
		sent_by: 'user',
		contact: { first_name: 'Luis', last_name: 'Ramos' },
	});
	const weniBody = (n: number) => ({
		contact: { uuid: 'c-1', name: 'Manu', urn: 'whatsapp:5582999990000' },
		flow: { uuid: 'f-1', name: 'Onboarding' },
		path: [
			{ uuid: `step-${n}`, node_uuid: 'n1', arrived_on: new Date().toISOString(), exit_uuid: '' },
		],
		results: {},
		run: { uuid: `run-${n}`, created_on: new Date().toISOString() },
		input: null,
		channel: null,
	});
	const spokiEvents: Record<number, Record<string, unknown>> = {};
	const spokiBody = (n: number) =>
		(spokiEvents[n] ??= spokiEvent('message.inbound', {
			message: { id: n, text: 'Ciao' },
			contact: { id: 1001 },
		}));
	return [
		{
			name: 'Webhook node (n8n)',
			workflowId: 'benchWebhook0001',
			node: webhook,
			async ready() {},
			valid: (n) => ({
				url: `${webhookBase}/webhook/${String(webhook.parameters.path)}`,
				body: json({ id: n, text: 'Hi' }),
			}),
		},
		{
			name: 'Heyy Trigger',
			workflowId: 'benchHeyyTrig001',
			node: heyy,
			ready: (n8n) =>
				storedUrl(n8n, 'benchHeyyTrig001', () => fakes.heyy.webhooks.map((w) => String(w.url))),
			valid: (n) => ({ url: hookUrl(), body: json(heyyBody(n)) }),
			forged: (n) => ({ url: forgedToken(hookUrl(), n), body: json(heyyBody(N + n)) }),
		},
		{
			name: 'Spoki Trigger',
			workflowId: 'benchSpokiTrig01',
			node: spoki,
			ready: (n8n) =>
				storedUrl(n8n, 'benchSpokiTrig01', () => fakes.spoki.webhooks.map((w) => String(w.url))),
			valid: (n) => {
				const signed = signedDelivery(spokiSecret(), spokiBody(n));
				return { url: spokiUrl(), body: signed.raw, headers: signed.headers };
			},
			forged: (n) => {
				const signed = signedDelivery('whsec_forged', spokiBody(N + n));
				return { url: spokiUrl(), body: signed.raw, headers: signed.headers };
			},
		},
		{
			name: '2Chat Trigger',
			workflowId: 'bench2ChatTrig01',
			node: twoChat,
			ready: (n8n) =>
				storedUrl(n8n, 'bench2ChatTrig01', () =>
					fakes.twoChat.webhooks.map((w) => String(w.hook_url)),
				),
			valid: (n) => ({ url: chatUrl(), body: json(chatBody(n)) }),
			forged: (n) => ({ url: forgedToken(chatUrl(), n), body: json(chatBody(N + n)) }),
		},
		{
			name: 'Weni Trigger',
			workflowId: 'benchWeniTrig001',
			node: weni,
			ready: (n8n) =>
				storedUrl(n8n, 'benchWeniTrig001', () =>
					fakes.weni.subscribers.map((s) => String(s.target_url)),
				),
			valid: (n) => ({ url: weniUrl(), body: json(weniBody(n)) }),
			forged: (n) => ({ url: forgedToken(weniUrl(), n), body: json(weniBody(N + n)) }),
		},
		{
			// Measured again last, so a machine that gets busier (or slower as executions pile up) shows.
			name: 'Webhook node (n8n), again',
			workflowId: 'benchWebhook0002',
			node: webhook2,
			async ready() {},
			valid: (n) => ({
				url: `${webhookBase}/webhook/${String(webhook2.parameters.path)}`,
				body: json({ id: n, text: 'Hi' }),
			}),
		},
	];
}

/** Resident memory of a process in MiB (Linux /proc), or NaN. */
function rssMiB(pid: number | undefined): number {
	try {
		const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
		return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN) / 1024;
	} catch {
		return NaN;
	}
}

interface Counts {
	total: number;
	finished: number;
}

/** n8n's REST API, asked again while n8n answers 503 ("Database is not ready!" under load). */
async function rest<T>(n8n: N8n, route: string): Promise<T> {
	for (let attempt = 1; ; attempt++) {
		try {
			return await n8n.rest<T>('GET', route);
		} catch (error) {
			if (attempt >= 60 || !/→ 503/.test((error as Error).message)) throw error;
			await sleep(1000);
		}
	}
}

async function executions(n8n: N8n, workflowId: string): Promise<Counts> {
	const filter = (extra: Record<string, unknown>) =>
		encodeURIComponent(JSON.stringify({ workflowId, ...extra }));
	const all = await rest<{ count: number }>(n8n, `/executions?filter=${filter({})}&limit=1`);
	const done = await rest<{ count: number }>(
		n8n,
		`/executions?filter=${filter({ status: ['success', 'error', 'crashed', 'canceled'] })}&limit=1`,
	);
	return { total: all.count, finished: done.count };
}

/** Executions started so far, once their number has stopped changing and all have finished. */
async function settled(
	n8n: N8n,
	workflowId: string,
	expected: number,
	ms = 300_000,
): Promise<Counts & { at: number }> {
	const end = Date.now() + ms;
	let last = { total: -1, finished: -1 };
	let stableSince = Date.now();
	while (Date.now() < end) {
		const now = await executions(n8n, workflowId);
		if (now.total !== last.total || now.finished !== last.finished) stableSince = Date.now();
		last = now;
		if (now.finished === now.total && (now.total >= expected || Date.now() - stableSince > 3000))
			return { ...now, at: Date.now() };
		await sleep(1000);
	}
	return { ...last, at: Date.now() };
}

interface Row {
	target: string;
	deliveriesPerS: number;
	processedPerS: number;
	p50: number;
	p95: number;
	p99: number;
	accepted: number;
	executions: number;
	lost: number;
	duplicates: number;
	forgedPerS?: number;
	forgedAccepted?: number;
	forgedExecutions?: number;
	peakRssMiB: number;
	/** Valid deliveries by HTTP status, and the first answer that was not 200. */
	statuses: Record<string, number>;
	firstRefusal?: string;
}

async function measure(n8n: N8n, pid: number | undefined, t: Target): Promise<Row> {
	let peak = rssMiB(pid);
	const sampler = setInterval(() => (peak = Math.max(peak, rssMiB(pid))), 100);
	const send = (d: Delivery): Shot => ({
		url: d.url,
		body: d.body,
		headers: { 'content-type': 'application/json', ...d.headers },
	});
	try {
		const started = Date.now();
		const valid = await runPool(N, C, (n) => send(t.valid(n)));
		const sentAll = Date.now();
		const afterValid = await settled(n8n, t.workflowId, N);
		const accepted = valid.results.filter((r) => r.status === 200).length;
		const statuses: Record<string, number> = {};
		for (const r of valid.results) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
		const refused = valid.results.find((r) => r.status !== 200);

		// The same deliveries again (a provider's retries): acknowledged, never run twice.
		await runPool(REPLAYS, Math.min(C, REPLAYS), (n) => send(t.valid(n)));
		const afterReplays = t.forged ? await settled(n8n, t.workflowId, afterValid.total) : afterValid;

		let forged: Awaited<ReturnType<typeof runPool>> | undefined;
		let afterForged = afterReplays;
		if (t.forged) {
			forged = await runPool(FORGED, C, (n) => send(t.forged!(n)));
			afterForged = await settled(n8n, t.workflowId, afterReplays.total);
		}
		const latencies = valid.results.map((r) => r.ms).sort((a, b) => a - b);
		return {
			target: t.name,
			deliveriesPerS: N / ((sentAll - started) / 1000),
			processedPerS: afterValid.total / ((afterValid.at - started) / 1000),
			p50: percentile(latencies, 50),
			p95: percentile(latencies, 95),
			p99: percentile(latencies, 99),
			accepted,
			executions: afterValid.total,
			lost: accepted - afterValid.total,
			// The Webhook node has no notion of a repeat: its replays are new executions, not counted here.
			duplicates: t.forged ? afterReplays.total - afterValid.total : 0,
			forgedPerS: forged ? FORGED / (forged.ms / 1000) : undefined,
			forgedAccepted: forged ? forged.results.filter((r) => r.status < 300).length : undefined,
			forgedExecutions: forged ? afterForged.total - afterReplays.total : undefined,
			peakRssMiB: peak,
			statuses,
			firstRefusal: refused ? `${refused.status} ${refused.text ?? ''}`.slice(0, 300) : undefined,
		};
	} finally {
		clearInterval(sampler);
	}
}

function table(rows: Row[]): string {
	// The baseline: the mean of the Webhook node's runs (first and last).
	const webhookRows = rows.filter((r) => r.target.startsWith('Webhook node'));
	const baseline = webhookRows.length
		? {
				deliveriesPerS:
					webhookRows.reduce((sum, r) => sum + r.deliveriesPerS, 0) / webhookRows.length,
			}
		: undefined;
	const f = (v: number | undefined, digits = 1) =>
		v === undefined || Number.isNaN(v) ? '—' : v.toFixed(digits);
	const lines = [
		'| Target | Deliveries/s | × Webhook node | p50 ms | p95 ms | p99 ms | Executions | Lost | Duplicate executions | Forged/s | Forged ÷ valid rate | Forged executions | Peak RSS MiB |',
		'|---|---|---|---|---|---|---|---|---|---|---|---|---|',
	];
	for (const r of rows) {
		lines.push(
			`| ${r.target} | ${f(r.deliveriesPerS)} | ${baseline ? f(r.deliveriesPerS / baseline.deliveriesPerS, 2) : '—'} | ${f(r.p50, 0)} | ${f(r.p95, 0)} | ${f(r.p99, 0)} | ${r.executions}/${N} | ${r.lost} | ${r.target.startsWith('Webhook') ? '—' : r.duplicates} | ${f(r.forgedPerS)} | ${r.forgedPerS ? f(r.forgedPerS / r.deliveriesPerS, 1) : '—'} | ${r.forgedExecutions ?? '—'} | ${f(r.peakRssMiB, 0)} |`,
		);
	}
	return lines.join('\n');
}

async function main(): Promise<void> {
	// BENCH_ENGINE (diagnostic): n8n's expression engine; unset = n8n's default ("vm", isolated-vm).
	const engine: Record<string, string> = {};
	if (process.env.BENCH_ENGINE) engine.N8N_EXPRESSION_ENGINE = process.env.BENCH_ENGINE;
	const n8n = new N8n(bin, { N8N_LOG_LEVEL: 'error', ...engine });
	try {
		for (const fake of Object.values(fakes)) await fake.start();
		await n8n.installPackage(tarball);
		const credentials = [
			{
				id: 'benchheyy0000001',
				name: 'heyyApi',
				type: 'heyyApi',
				data: { apiKey: HEYY_KEY, baseUrl: fakes.heyy.baseUrl },
			},
			{
				id: 'benchspoki000001',
				name: 'spokiApi',
				type: 'spokiApi',
				data: { apiKey: SPOKI_KEY, baseUrl: fakes.spoki.baseUrl },
			},
			{
				id: 'bench2chat000001',
				name: 'twoChatApi',
				type: 'twoChatApi',
				data: { apiKey: TWOCHAT_KEY, baseUrl: fakes.twoChat.baseUrl },
			},
			{
				id: 'benchweni0000001',
				name: 'weniApi',
				type: 'weniApi',
				data: { apiToken: WENI_TOKEN, baseUrl: fakes.weni.baseUrl },
			},
		];
		const credentialsFile = path.join(n8n.userFolder, 'credentials.json');
		fs.writeFileSync(credentialsFile, JSON.stringify(credentials));
		await n8n.cli(['import:credentials', `--input=${credentialsFile}`]);

		const base = `http://127.0.0.1:${n8n.port}`;
		const only = (process.env.BENCH_TARGETS ?? '')
			.split(',')
			.map((s) => s.trim().toLowerCase())
			.filter(Boolean);
		const all = targets(base).filter(
			(t) => !only.length || only.some((o) => t.name.toLowerCase().includes(o)),
		);
		const workflowsFile = path.join(n8n.userFolder, 'workflows.json');
		fs.writeFileSync(
			workflowsFile,
			JSON.stringify(
				all.map((t) => ({
					id: t.workflowId,
					name: t.name,
					nodes: [t.node],
					connections: {},
					settings: { executionOrder: 'v1' },
					active: false,
				})),
			),
		);
		await n8n.cli(['import:workflow', `--input=${workflowsFile}`]);

		const child = n8n.spawn('start');
		await n8n.waitHealthy();
		await n8n.login();
		for (const t of all) {
			await n8n.activate(t.workflowId);
			await t.ready(n8n);
		}
		// Every webhook answers before the first measurement (n8n warms caches on first use).
		for (const t of all)
			await runPool(1, 1, () => ({
				url: t.valid(-1).url,
				body: t.valid(-1).body,
				headers: { 'content-type': 'application/json', ...t.valid(-1).headers },
			}));
		await sleep(2000);
		const warmed = new Map<string, number>();
		for (const t of all) warmed.set(t.workflowId, (await settled(n8n, t.workflowId, 1)).total);

		const rows: Row[] = [];
		for (const t of all) {
			const row = await measure(n8n, child.pid, t);
			// The warm-up delivery's execution is not one of the N.
			const w = warmed.get(t.workflowId) ?? 0;
			row.executions -= w;
			row.lost = row.accepted - row.executions;
			rows.push(row);
			console.error(
				`› ${t.name}: ${row.deliveriesPerS.toFixed(1)}/s, p99 ${row.p99.toFixed(0)} ms, statuses ${JSON.stringify(row.statuses)}${row.firstRefusal ? `, first refusal: ${row.firstRefusal}` : ''}`,
			);
		}
		const cpu = os.cpus();
		console.log(
			`\nn8n 2.41.1 (regular mode, SQLite, expression engine ${process.env.BENCH_ENGINE ?? 'default (vm)'}), Node ${process.version}, ${cpu.length} × ${cpu[0]?.model ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB`,
		);
		console.log(
			`${N} valid deliveries at ${C} concurrent per target, then ${REPLAYS} of them replayed, then ${FORGED} forged\n`,
		);
		console.log(table(rows));
		if (process.env.BENCH_OUT)
			fs.writeFileSync(
				process.env.BENCH_OUT,
				JSON.stringify({ N, C, FORGED, REPLAYS, rows }, null, 2),
			);
	} catch (error) {
		console.error(`n8n's log (end):\n${n8n.logs.join('').slice(-4000)}`);
		throw error;
	} finally {
		await n8n.stop();
		for (const fake of Object.values(fakes)) await fake.stop();
		n8n.cleanup();
	}
}

main().catch((error: Error) => {
	console.error(error.stack ?? error.message);
	process.exitCode = 1;
});
