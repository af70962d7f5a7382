/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/require-node-api-error, no-console -- a benchmark script, not node code */
// `npm run bench:triggers` (scripts/bench-triggers.sh; not in CI): the ceiling of
// a community trigger in one real n8n 2.x (regular mode, SQLite). Targets, one
// active workflow each: n8n's own Webhook node, a bare community trigger (a
// node whose webhook() only returns the body, built here: bare.ts), and each
// of our triggers at type version 2 (and the Weni Trigger at version 1), each of
// ours also with the Conversation option Combine Bursts on (a 1 s quiet period):
// once with every delivery from another contact (one execution per delivery:
// the cost of the option itself) and once in bursts of 3 deliveries per
// contact (one execution per burst: what it saves an agent). Two
// n8n instances one after the other: n8n's default expression engine, then
// N8N_EXPRESSION_ENGINE_LAZY_ACQUIRE=true. In each, rounds interleave the
// targets (the order turns each round): N valid deliveries at C concurrent,
// then wait until every execution finished. Per target: deliveries/s while
// sending and CPU time of n8n's process per delivery (until the executions
// finished; steadier than rates on a shared machine), medians over the rounds;
// then, once, REPLAYS deliveries again (must start nothing) and FORGED forged
// ones (a wrong token or signature; must start nothing).
//
// Knobs: BENCH_N (default 300), BENCH_C (20), BENCH_ROUNDS (3), BENCH_FORGED (100),
// BENCH_REPLAYS (50), BENCH_ENGINES ("default,lazy"), BENCH_TARGETS (e.g. "webhook,bare,weni";
// "bursts" picks the Combine Bursts variants), BENCH_OUT (JSON file).
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { N8n, sleep, until } from '../../test/e2e/n8n';
import { FakeHeyy, HEYY_KEY } from '../../test/fakes/heyy';
import { FakeSpoki, SPOKI_KEY, signedDelivery, spokiEvent } from '../../test/fakes/spoki';
import { FakeTwoChat, TWOCHAT_KEY } from '../../test/fakes/twochat';
import { FakeWeni, WENI_TOKEN } from '../../test/fakes/weni';
import { BARE_TYPE, installInto, packBare } from './bare';
import { percentile, runPool, type Shot } from './load';

const bin = process.env.N8N_BIN ?? '';
const tarball = process.env.MSUITE_TARBALL ?? '';
if (!bin || !tarball)
	throw new Error('Run through `npm run bench:triggers` (needs N8N_BIN and MSUITE_TARBALL)');

const N = Number(process.env.BENCH_N ?? 300);
const C = Number(process.env.BENCH_C ?? 20);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const FORGED = Number(process.env.BENCH_FORGED ?? 100);
const REPLAYS = Math.min(N, Number(process.env.BENCH_REPLAYS ?? 50));
const PACKAGE = 'n8n-nodes-messaging-suite';

interface Delivery {
	url: string;
	body: string;
	headers?: Record<string, string>;
}

/** One workflow under load: how to address it and how to make valid and forged deliveries. */
interface Target {
	name: string;
	typeVersion: number;
	workflowId: string;
	node: Record<string, unknown>;
	/** Our triggers: a repeat is acknowledged and starts nothing. */
	dropsRepeats: boolean;
	/** The execution a delivery belongs to (deliveries of one burst share one); each its own when absent. */
	burstOf?(n: number): number;
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

function node(
	type: string,
	parameters: Record<string, unknown>,
	credential?: [string, string],
	typeVersion = 2,
) {
	return {
		id: randomUUID(),
		name: 'Trigger',
		type,
		typeVersion,
		position: [0, 0],
		webhookId: randomUUID(),
		parameters,
		...(credential
			? { credentials: { [credential[0]]: { id: credential[1], name: credential[0] } } }
			: {}),
	};
}

/** The registered URL, once n8n has also stored it in the trigger's static data. */
async function storedUrl(n8n: N8n, id: string, registered: () => string[]): Promise<void> {
	const urls = await until(
		'the registration at the provider',
		() => (registered().length ? registered() : undefined),
		120_000,
	);
	await until(
		'n8n to store the trigger state',
		async () =>
			Object.values(await n8n.staticData(id)).some((state) => urls.includes(String(state.url))),
		120_000,
	);
}

const json = (value: unknown) => JSON.stringify(value);
/** The registered URL with another token of the right shape in place of ours. */
const forgedToken = (url: string, n: number) => {
	const forged = new URL(url);
	forged.searchParams.set('token', n.toString(16).padStart(64, 'f'));
	return forged.toString();
};

/** How a run of our triggers is set: the Conversation options and which contact sends delivery n. */
interface Variant {
	/** Added to the target's name and workflow id. */
	suffix: string;
	conversation?: Record<string, unknown>;
	/** The contact sending delivery n (0 for all when absent). */
	contactOf?(n: number): number;
}

const BURSTS = 3;
const variants: Variant[] = [
	{ suffix: '' },
	{
		suffix: ' + Combine Bursts, 1 message per contact',
		conversation: { combineBursts: true, quietPeriodSeconds: 1, maxWaitSeconds: 5 },
		contactOf: (n) => n + 1_000_000,
	},
	{
		suffix: ` + Combine Bursts, bursts of ${BURSTS}`,
		conversation: { combineBursts: true, quietPeriodSeconds: 1, maxWaitSeconds: 5 },
		contactOf: (n) => Math.floor((n + 1_000_000) / BURSTS),
	},
];

function targets(webhookBase: string, engine: string): Target[] {
	const webhook = node('n8n-nodes-base.webhook', {
		httpMethod: 'POST',
		path: `bench-${randomUUID()}`,
		responseMode: 'onReceived',
		options: {},
	});
	const bare = node(BARE_TYPE, {});
	/** The URL the provider holds for one node (its webhookId is in the path). */
	const held = (urls: () => string[], n: Record<string, unknown>) => () =>
		urls().find((u) => u.includes(String(n.webhookId))) ?? '';
	const heyyUrls = () => fakes.heyy.webhooks.map((w) => String(w.url));
	const chatUrls = () => fakes.twoChat.webhooks.map((w) => String(w.hook_url));
	const weniUrls = () => fakes.weni.subscribers.map((s) => String(s.target_url));
	const spokiUrls = () => fakes.spoki.webhooks.map((w) => String(w.url));
	// The sender's number for contact `c` (0: the one contact of the plain targets).
	const phone = (prefix: string, c: number) => `${prefix}${String(4567 + c).padStart(8, '0')}`;
	const heyyBody = (n: number, c = 0) => ({
		id: `dlv_${n}`,
		event: 'message.received',
		data: {
			id: `msg_${n}`,
			content: { body: 'Hi' },
			channel: { id: 'ch_wa_1', type: 'whatsapp' },
			handle: { value: phone('+3933', c) },
		},
	});
	const chatBody = (n: number, c = 0) => ({
		id: `MSG${n}`,
		uuid: `MSG${n}`,
		created_at: new Date().toISOString(),
		session_key: `WW-WPN111-${phone('5215', c)}@c.us`,
		message: { text: 'Hola' },
		remote_phone_number: phone('+5215', c),
		channel_phone_number: '+5215500000001',
		sent_by: 'user',
		contact: { first_name: 'Luis', last_name: 'Ramos' },
	});
	const weniBody = (n: number, c = 0) => ({
		contact: { uuid: `c-${c + 1}`, name: 'Manu', urn: `whatsapp:${phone('5582', c)}` },
		flow: { uuid: 'f-1', name: 'Onboarding' },
		path: [
			{ uuid: `step-${n}`, node_uuid: 'n1', arrived_on: new Date().toISOString(), exit_uuid: '' },
		],
		results: {},
		run: { uuid: `run-${n}`, created_on: new Date().toISOString() },
		input: null,
		channel: null,
	});
	// Signed once per delivery number and contact: a replay repeats the same event.
	const spokiEvents: Record<string, Record<string, unknown>> = {};
	const spokiBody = (n: number, c = 0) =>
		(spokiEvents[`${n}:${c}`] ??= spokiEvent('message.inbound', {
			message: { id: n, text: 'Ciao' },
			contact: { id: 1001 + c },
		}));
	const id = (name: string) => `bench${name}${engine}`.slice(0, 16).padEnd(16, '0');
	const stored = (workflowId: string, url: () => string) => (n8n: N8n) =>
		storedUrl(n8n, workflowId, () => (url() ? [url()] : []));

	/** One of our triggers in one variant: its node, workflow and deliveries. */
	const ours = (
		v: Variant,
		name: string,
		key: string,
		type: string,
		parameters: Record<string, unknown>,
		credential: [string, string],
		urls: () => string[],
		body: (n: number, c: number) => unknown,
		typeVersion = 2,
	): Target => {
		const n = node(
			`${PACKAGE}.${type}`,
			v.conversation ? { ...parameters, conversation: v.conversation } : parameters,
			credential,
			typeVersion,
		);
		// Workflow ids are 16 characters: the variant is its index, in front of the engine.
		const workflowId = id(`${key}${variants.indexOf(v) || ''}`);
		const url = held(urls, n);
		const contact = v.contactOf ?? (() => 0);
		const target: Target = {
			name: `${name}${v.suffix}`,
			typeVersion,
			workflowId,
			node: n,
			dropsRepeats: true,
			ready: stored(workflowId, url),
			valid: (k) => ({ url: url(), body: json(body(k, contact(k))) }),
			forged: (k) => ({ url: forgedToken(url(), k), body: json(body(1_000_000 + k, contact(k))) }),
			...(v.contactOf ? { burstOf: v.contactOf } : {}),
		};
		if (type !== 'spokiTrigger') return target;
		// Spoki signs each delivery with the secret of the webhook it calls (no token in the URL).
		const spokiSecret = () =>
			String(fakes.spoki.webhooks.find((w) => String(w.url) === url())?.secret);
		return {
			...target,
			valid: (k) => {
				const signed = signedDelivery(spokiSecret(), spokiBody(k, contact(k)));
				return { url: url(), body: signed.raw, headers: signed.headers };
			},
			forged: (k) => {
				const signed = signedDelivery('whsec_forged', spokiBody(1_000_000 + k, contact(k)));
				return { url: url(), body: signed.raw, headers: signed.headers };
			},
		};
	};
	const weniCredential: [string, string] = ['weniApi', 'benchweni0000001'];
	const all = (v: Variant) => [
		ours(
			v,
			'Heyy Trigger',
			'Heyy',
			'heyyTrigger',
			{ events: ['WHATSAPP_MESSAGE_RECEIVED'] },
			['heyyApi', 'benchheyy0000001'],
			heyyUrls,
			heyyBody,
		),
		ours(
			v,
			'Spoki Trigger',
			'Spoki',
			'spokiTrigger',
			{ events: ['message.inbound'] },
			['spokiApi', 'benchspoki000001'],
			spokiUrls,
			spokiBody,
		),
		ours(
			v,
			'2Chat Trigger',
			'TwoChat',
			'twoChatTrigger',
			{ events: ['whatsapp.message.received'], onNumber: '+5215500000001' },
			['twoChatApi', 'bench2chat000001'],
			chatUrls,
			chatBody,
		),
		ours(
			v,
			'Weni Trigger',
			'Weni',
			'weniTrigger',
			{ resthook: 'new-lead' },
			weniCredential,
			weniUrls,
			weniBody,
		),
	];
	return [
		{
			name: 'Webhook node (n8n)',
			typeVersion: 2,
			workflowId: id('Webhook'),
			node: webhook,
			dropsRepeats: false,
			async ready() {},
			valid: (n) => ({
				url: `${webhookBase}/webhook/${String(webhook.parameters.path)}`,
				body: json({ id: n, text: 'Hi' }),
			}),
		},
		{
			name: 'Bare community trigger',
			typeVersion: 2,
			workflowId: id('Bare'),
			node: bare,
			dropsRepeats: false,
			async ready() {},
			valid: (n) => ({
				url: `${webhookBase}/webhook/${String(bare.webhookId)}/webhook`,
				body: json({ id: n, text: 'Hi' }),
			}),
		},
		...all(variants[0]),
		ours(
			variants[0],
			'Weni Trigger',
			'WeniV1',
			'weniTrigger',
			{ resthook: 'new-lead' },
			weniCredential,
			weniUrls,
			weniBody,
			1,
		),
		...variants.slice(1).flatMap(all),
	];
}

/** CPU time (user + system) of a process so far, in ms (Linux /proc), or NaN. */
function cpuMs(pid: number | undefined): number {
	try {
		const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
		// utime and stime are fields 14 and 15 of the whole line, in clock ticks (100 per second).
		return (Number(fields[11]) + Number(fields[12])) * 10;
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

/**
 * Executions started so far, once all expected ones (or no new ones for 10 s) have finished.
 * A burst's execution starts only after its quiet period, and many starting together on a
 * loaded machine can take seconds to appear: the wait must outlast that, or a round ends
 * without their executions (and their CPU).
 */
async function settled(n8n: N8n, workflowId: string, expected: number, ms = 300_000) {
	const end = Date.now() + ms;
	let last = { total: -1, finished: -1 };
	let stableSince = Date.now();
	while (Date.now() < end) {
		const now = await executions(n8n, workflowId);
		if (now.total !== last.total || now.finished !== last.finished) stableSince = Date.now();
		last = now;
		if (now.finished === now.total && (now.total >= expected || Date.now() - stableSince > 10_000))
			return now;
		await sleep(500);
	}
	return last;
}

interface Round {
	perS: number;
	cpuMsPerDelivery: number;
	p50: number;
	p99: number;
	refused: number;
	executions: number;
	/** Executions the accepted deliveries should start (fewer than deliveries with bursts). */
	expected: number;
	/** The 1-minute load average when the round ended. */
	load: number;
	/** Delivery numbers answered 200 (replays repeat only those). */
	accepted: number[];
}

interface Row {
	engine: string;
	target: string;
	typeVersion: number;
	rounds: Round[];
	perS: number;
	cpuMsPerDelivery: number;
	p50: number;
	executions: number;
	load: number;
	lost: number;
	duplicates?: number;
	forgedExecutions?: number;
	forgedAccepted?: number;
	firstRefusal?: string;
}

const shot = (d: Delivery): Shot => ({
	url: d.url,
	body: d.body,
	headers: { 'content-type': 'application/json', ...d.headers },
});

async function round(n8n: N8n, pid: number | undefined, t: Target, first: number): Promise<Round> {
	const before = await settled(n8n, t.workflowId, 0);
	const cpu0 = cpuMs(pid);
	const started = performance.now();
	const valid = await runPool(N, C, (n) => shot(t.valid(first + n)));
	const sending = (performance.now() - started) / 1000;
	const accepted = valid.results.flatMap((r, n) => (r.status === 200 ? [first + n] : []));
	const burstOf = t.burstOf ?? ((n: number) => n);
	const expected = new Set(accepted.map(burstOf)).size;
	const after = await settled(n8n, t.workflowId, before.total + expected);
	const cpu = cpuMs(pid) - cpu0;
	const latencies = valid.results.map((r) => r.ms).sort((a, b) => a - b);
	const refused = valid.results.filter((r) => r.status !== 200);
	if (refused.length)
		console.error(
			`› ${t.name}: ${refused.length} refused, first ${refused[0].status} ${refused[0].text ?? ''}`,
		);
	// Per accepted delivery: one n8n refused (503 "Database is not ready!" under load) cost it little.
	const answered = Math.max(1, accepted.length);
	return {
		perS: answered / sending,
		cpuMsPerDelivery: cpu / answered,
		p50: percentile(latencies, 50),
		p99: percentile(latencies, 99),
		refused: refused.length,
		executions: after.total - before.total,
		expected,
		load: os.loadavg()[0],
		accepted,
	};
}

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function runEngine(engine: string, env: Record<string, string>): Promise<Row[]> {
	const n8n = new N8n(bin, { N8N_LOG_LEVEL: 'error', ...env });
	try {
		await n8n.installPackage(tarball);
		installInto(n8n.userFolder, packBare(n8n.userFolder));
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
		const all = targets(base, engine).filter(
			(t) => !only.length || only.some((o) => t.name.toLowerCase().includes(o)),
		);
		const workflowsFile = path.join(n8n.userFolder, 'workflows.json');
		fs.writeFileSync(
			workflowsFile,
			JSON.stringify(
				all.map((t) => ({
					id: t.workflowId,
					name: `${t.name} v${t.typeVersion}`,
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
		// Every webhook answers once before the first measurement (n8n warms caches on first use).
		for (const t of all) await runPool(1, 1, () => shot(t.valid(-1)));
		await sleep(2000);

		const rounds = new Map<Target, Round[]>(all.map((t) => [t, []]));
		for (let r = 0; r < ROUNDS; r++) {
			// The order turns each round, so a machine getting busier or quieter is spread over all.
			const order = all.map((_t, i) => all[(i + r) % all.length]);
			for (const t of order) {
				const result = await round(n8n, child.pid, t, r * N);
				rounds.get(t)!.push(result);
				console.error(
					`› ${engine} round ${r + 1}: ${t.name} v${t.typeVersion} ${result.perS.toFixed(1)}/s, ${result.cpuMsPerDelivery.toFixed(1)} ms CPU/delivery, ${result.executions} executions, load ${result.load.toFixed(1)}`,
				);
			}
		}

		const rows: Row[] = [];
		for (const t of all) {
			const measured = rounds.get(t)!;
			const row: Row = {
				engine,
				target: t.name,
				typeVersion: t.typeVersion,
				rounds: measured,
				perS: median(measured.map((m) => m.perS)),
				cpuMsPerDelivery: median(measured.map((m) => m.cpuMsPerDelivery)),
				p50: median(measured.map((m) => m.p50)),
				executions: median(measured.map((m) => m.executions)),
				load: median(measured.map((m) => m.load)),
				lost: measured.reduce((sum, m) => sum + (m.expected - m.executions), 0),
			};
			if (t.dropsRepeats) {
				// The first round's deliveries again (a provider's retries): acknowledged, never run twice.
				const before = await settled(n8n, t.workflowId, 0);
				// Only deliveries that were answered 200: one n8n refused (503) never ran, so it is no repeat.
				const repeats = measured.flatMap((m) => m.accepted).slice(0, REPLAYS);
				await runPool(repeats.length, Math.min(C, repeats.length), (n) =>
					shot(t.valid(repeats[n])),
				);
				await sleep(3000);
				const afterReplays = await settled(n8n, t.workflowId, before.total);
				row.duplicates = afterReplays.total - before.total;
				if (t.forged) {
					const forged = await runPool(FORGED, C, (n) => shot(t.forged!(n)));
					const afterForged = await settled(n8n, t.workflowId, afterReplays.total);
					row.forgedAccepted = forged.results.filter((r) => r.status < 300).length;
					row.forgedExecutions = afterForged.total - afterReplays.total;
				}
			}
			rows.push(row);
		}
		return rows;
	} catch (error) {
		console.error(`n8n's log (end):\n${n8n.logs.join('').slice(-4000)}`);
		throw error;
	} finally {
		await n8n.stop();
		n8n.cleanup();
	}
}

function table(rows: Row[]): string {
	const f = (v: number | undefined, digits = 1) =>
		v === undefined || Number.isNaN(v) ? '—' : v.toFixed(digits);
	const bare = rows.find((r) => r.target.startsWith('Bare'));
	const webhook = rows.find((r) => r.target.startsWith('Webhook'));
	// × by rate: deliveries/s over the reference's; × by CPU: the reference's CPU per delivery over this one's.
	const byRate = (r: Row, ref?: Row) => (ref ? f(r.perS / ref.perS, 2) : '—');
	const byCpu = (r: Row, ref?: Row) =>
		ref ? f(ref.cpuMsPerDelivery / r.cpuMsPerDelivery, 2) : '—';
	// The same trigger without Conversation options: what turning Combine Bursts on costs.
	const plain = (r: Row) =>
		rows.find((p) => p.typeVersion === r.typeVersion && r.target.startsWith(`${p.target} + `));
	const lines = [
		'| Target | Version | Deliveries/s | CPU ms/delivery | Answer p50 ms | Executions | × bare (rate) | × bare (CPU) | × Webhook (rate) | × Webhook (CPU) | × bursts off (rate) | × bursts off (CPU) | Load (1 min) | Lost (− split bursts) | Repeats run | Forged executions |',
		'|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
	];
	for (const r of rows) {
		const off = plain(r);
		lines.push(
			`| ${r.target} | ${r.typeVersion} | ${f(r.perS)} | ${f(r.cpuMsPerDelivery)} | ${f(r.p50)} | ${r.executions} | ${byRate(r, bare)} | ${byCpu(r, bare)} | ${byRate(r, webhook)} | ${byCpu(r, webhook)} | ${byRate(r, off)} | ${byCpu(r, off)} | ${f(r.load)} | ${r.lost} | ${r.duplicates ?? '—'} | ${r.forgedExecutions ?? '—'} |`,
		);
	}
	return lines.join('\n');
}

async function main(): Promise<void> {
	const engines: Record<string, Record<string, string>> = {
		default: {},
		lazy: { N8N_EXPRESSION_ENGINE_LAZY_ACQUIRE: 'true' },
	};
	const chosen = (process.env.BENCH_ENGINES ?? 'default,lazy').split(',').map((e) => e.trim());
	const results: Row[] = [];
	const loadAtStart = os.loadavg();
	try {
		for (const fake of Object.values(fakes)) await fake.start();
		for (const engine of chosen) {
			if (!engines[engine]) throw new Error(`Unknown engine ${engine} (default, lazy)`);
			// Once more after a failure: other n8n instances on a shared machine can take a port first.
			const rows = await runEngine(engine, engines[engine]).catch((error: Error) => {
				console.error(`› ${engine}: ${error.message} ${String(error.cause ?? '')}; again`);
				return runEngine(engine, engines[engine]);
			});
			results.push(...rows);
			// n8n keeps its registrations when it stops: the next instance starts from empty fakes.
			for (const fake of Object.values(fakes)) fake.requests.length = 0;
			fakes.heyy.webhooks.length = 0;
			fakes.spoki.webhooks.length = 0;
			fakes.twoChat.webhooks.length = 0;
			fakes.weni.subscribers.length = 0;
		}
	} finally {
		for (const fake of Object.values(fakes)) await fake.stop();
	}
	const cpu = os.cpus();
	console.log(
		`\nn8n 2.41.1 (regular mode, SQLite), Node ${process.version}, ${cpu.length} × ${cpu[0]?.model ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, load average at the start ${loadAtStart
			.map((l) => l.toFixed(1))
			.join(' ')}, at the end ${os
			.loadavg()
			.map((l) => l.toFixed(1))
			.join(' ')}`,
	);
	console.log(
		`${ROUNDS} interleaved rounds of ${N} valid deliveries at ${C} concurrent per target (medians), then ${REPLAYS} repeats and ${FORGED} forged per trigger`,
	);
	for (const engine of chosen) {
		console.log(
			`\n${engine === 'lazy' ? 'N8N_EXPRESSION_ENGINE_LAZY_ACQUIRE=true' : "n8n's default expression engine"}\n`,
		);
		console.log(table(results.filter((r) => r.engine === engine)));
	}
	if (process.env.BENCH_OUT)
		fs.writeFileSync(
			process.env.BENCH_OUT,
			JSON.stringify({ N, C, ROUNDS, FORGED, REPLAYS, results }, null, 2),
		);
}

main().catch((error: Error) => {
	console.error(error.stack ?? error.message, error.cause ?? '');
	process.exitCode = 1;
});
