/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-dangerous-functions -- a benchmark script, not node code */
// `npm run bench:peer` (scripts/bench-peer.sh): our nodes against n8n's own HTTP
// Request node inside a real n8n 2.x, each side a workflow run by `n8n execute`,
// against a fake provider on 127.0.0.1 with latency and rate limits. The node's
// time is its executionTime in n8n's execution record. See README "Performance".
//
// Knobs: BENCH_N (items, default 1000), BENCH_SCENARIOS (e.g. "1,4"; ids 1, 2, 3a, 3b, 4),
// BENCH_SIDES (ours, oursSerial, http, httpBatched), BENCH_REPEAT (rounds per scenario,
// default 1; the fastest reported, all listed), BENCH_REPEAT_PER_ITEM (rounds of scenario 4, default 3), BENCH_MINUTE_MS (Spoki's scaled
// minute, default 2000), BENCH_OUT (write the results as JSON), BENCH_CPU_PROFILE (a
// folder: profile each side of scenario 4, or of BENCH_CPU_PROFILE_SCENARIOS, with --cpu-prof
// into <folder>/<side>; see profile.ts).
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { INodeExecutionData, IRun } from 'n8n-workflow';

import { N8n } from '../../test/e2e/n8n';
import { testKey } from '../../test/fakes/server';
import { PeerFake } from './fake';
import { peerScenarios, theoreticalMinimumMs, type PeerScenario, type SideKind } from './scenarios';
import { scheduleLine } from './schedule';
import { formatScenario, SIDE_LABELS, verdicts, type SideResult } from './table';
import { credentialsFile, inspectNode, NODE_UNDER_TEST, PACKAGE, workflow } from './workflows';
import { runMain } from '../main';

const bin = process.env.N8N_BIN ?? '';
const tarball = process.env.MSUITE_TARBALL ?? '';
if (!bin || !tarball)
	throw new Error('Run through `npm run bench:peer` (needs N8N_BIN and MSUITE_TARBALL)');

const N = Number(process.env.BENCH_N ?? 1000);
const MINUTE_MS = Number(process.env.BENCH_MINUTE_MS ?? 2000);
const only = (name: string) =>
	(process.env[name] ?? '')
		.split(',')
		.map((v) => v.trim())
		.filter(Boolean);
/** Rounds per scenario (the per-item scenario 4 is the most sensitive to the machine's load). */
const REPEAT = Number(process.env.BENCH_REPEAT ?? 1);
const REPEAT_PER_ITEM = Number(process.env.BENCH_REPEAT_PER_ITEM ?? 3);
const ALL_SIDES: SideKind[] = ['ours', 'oursSerial', 'http', 'httpBatched'];

/**
 * The run n8n's CLI prints at log level info, after its own log lines (as test/e2e
 * reads it): the first block from a line "{" to a line "}" that parses as a run.
 */
function parseRun(stdout: string): IRun | undefined {
	for (let start = stdout.indexOf('\n{'); start >= 0; start = stdout.indexOf('\n{', start + 1)) {
		for (let end = stdout.indexOf('\n}', start); end >= 0; end = stdout.indexOf('\n}', end + 1)) {
			try {
				const run = JSON.parse(stdout.slice(start + 1, end + 2)) as IRun;
				if (run?.data?.resultData) return run;
			} catch {
				// not this block
			}
		}
	}
	return undefined;
}

/**
 * The fastest of the rounds, all of them noted: on a machine shared with other jobs a
 * slower round measures their load, not the node (most of all for the per-item cost).
 */
function best(runs: SideResult[]): SideResult {
	if (runs.length === 1) return runs[0];
	const sorted = [...runs].sort((a, b) => a.nodeMs - b.nodeMs);
	const spread = `best of ${runs.length}: ${sorted.map((r) => (r.nodeMs / 1000).toFixed(2)).join(', ')} s`;
	return { ...sorted[0], remark: [sorted[0].remark, spread].filter(Boolean).join('; ') };
}

/**
 * Runs `n8n execute` with its output going to a file, not a pipe: n8n exits right
 * after printing the run, and a pipe can lose the end of a large run (1,000 items).
 */
async function execute(
	n8n: N8n,
	id: string,
	env: Record<string, string>,
	cpu: CpuSample[] = [],
): Promise<IRun | string> {
	const file = path.join(n8n.userFolder, `run-${id}.out`);
	const out = fs.openSync(file, 'w');
	try {
		const child = spawn(bin, ['execute', `--id=${id}`, '--rawOutput'], {
			env: n8n.env({ N8N_LOG_LEVEL: 'info', ...env }),
			stdio: ['ignore', out, out],
		});
		const sampler = setInterval(() => {
			const sample = child.pid === undefined ? undefined : cpuOf(child.pid);
			if (sample) cpu.push(sample);
		}, 100);
		await new Promise((resolve) => child.once('exit', resolve));
		clearInterval(sampler);
	} finally {
		fs.closeSync(out);
	}
	const stdout = fs.readFileSync(file, 'utf8');
	fs.rmSync(file, { force: true });
	// No run printed: the end of what n8n said instead.
	return parseRun(stdout) ?? stdout.slice(-2000);
}

interface CpuSample {
	at: number;
	/** User + system CPU time of the process so far, ms. */
	cpuMs: number;
}

/** The process's CPU time so far, from /proc (Linux; ticks of 10 ms). */
function cpuOf(pid: number): CpuSample | undefined {
	try {
		const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		// Fields 14 and 15 of proc(5) (utime, stime), counted from the state (field 3).
		return { at: Date.now(), cpuMs: (Number(fields[11]) + Number(fields[12])) * 10 };
	} catch {
		return undefined;
	}
}

/** CPU time n8n's process used between `from` and `to` (ms since the epoch), from the samples around them. */
function cpuBetween(samples: CpuSample[], from: number, to: number): number | undefined {
	const before = samples.filter((s) => s.at <= from).at(-1);
	const after = samples.find((s) => s.at >= to);
	return before && after ? after.cpuMs - before.cpuMs : undefined;
}

function machine(): string {
	let model = os.cpus()[0]?.model ?? 'unknown CPU';
	try {
		const line = execFileSync('lscpu', { encoding: 'utf8' })
			.split('\n')
			.find((l) => l.startsWith('Model name:'));
		if (line) model = line.replace('Model name:', '').trim();
	} catch {
		// lscpu is optional
	}
	const node = execFileSync(process.execPath, ['-v'], { encoding: 'utf8' }).trim();
	return `${os.cpus().length} cores (${model}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${node}, n8n ${path.basename(path.dirname(path.dirname(path.dirname(bin))))}`;
}

async function main() {
	const keys = { weni: testKey('weni'), spoki: testKey('spoki') };
	const fake = new PeerFake(keys);
	await fake.start();
	const n8n = new N8n(bin);
	const wantScenarios = only('BENCH_SCENARIOS');
	const wantSides = only('BENCH_SIDES');
	const scenarios = peerScenarios(N, MINUTE_MS).filter(
		(s) => !wantScenarios.length || wantScenarios.includes(s.id),
	);
	const results: SideResult[] = [];
	const tables: string[] = [];
	try {
		process.stderr.write(`› installing ${path.basename(tarball)} into a fresh n8n user folder\n`);
		await n8n.installPackage(tarball);
		const installed = path.join(n8n.userFolder, '.n8n', 'nodes', 'node_modules', PACKAGE);
		const shapes = {
			weni: inspectNode(installed, 'weni'),
			spoki: inspectNode(installed, 'spoki'),
		};
		// A package that paces to declared limits must pace to Spoki's shortened minute: a
		// script preloaded into n8n scales the dispatcher's windows (n8n requires the same
		// module file, so it shares the instance; community-node code may not read env vars).
		const limits = path.join(installed, 'dist/nodes/shared/dispatch/limits.js');
		const pacing = fs.existsSync(limits);
		const preload = path.join(n8n.userFolder, 'scale-limits.cjs');
		fs.writeFileSync(
			preload,
			`try { require(${JSON.stringify(limits)}).resetRateLimits(${MINUTE_MS / 60_000}); } catch {}\n`,
		);
		const credentials = path.join(n8n.userFolder, 'credentials.json');
		fs.writeFileSync(credentials, JSON.stringify(credentialsFile(fake.baseUrl, keys)));
		await n8n.cli(['import:credentials', `--input=${credentials}`]);

		const plan: Array<{ s: PeerScenario; side: SideKind; id: string }> = [];
		for (const s of scenarios) {
			for (const side of ALL_SIDES) {
				if (wantSides.length && !wantSides.includes(side)) continue;
				if (side === 'httpBatched' && !s.httpBatch) continue;
				plan.push({ s, side, id: `msuitePeer${String(plan.length + 1).padStart(6, '0')}` });
			}
		}
		const workflowsFile = path.join(n8n.userFolder, 'workflows.json');
		fs.writeFileSync(
			workflowsFile,
			JSON.stringify(
				plan.map((p) => workflow(p.id, p.s, p.side, fake.baseUrl, shapes[p.s.provider])),
			),
		);
		await n8n.cli(['import:workflow', `--input=${workflowsFile}`]);

		const measure = async (s: PeerScenario, p: (typeof plan)[number]): Promise<SideResult> => {
			fake.reset(s.latencyMs, s.limits);
			const nodeOptions = [process.env.NODE_OPTIONS ?? ''];
			if (pacing) nodeOptions.push(`--require ${preload}`);
			const profileDir = process.env.BENCH_CPU_PROFILE;
			if (
				profileDir &&
				(process.env.BENCH_CPU_PROFILE_SCENARIOS ?? '4').split(',').includes(s.id)
			) {
				const dir = path.resolve(profileDir, p.side);
				fs.mkdirSync(dir, { recursive: true });
				nodeOptions.push(`--cpu-prof --cpu-prof-dir=${dir}`);
			}
			const env = { NODE_OPTIONS: nodeOptions.join(' ').trim() };
			const cpu: CpuSample[] = [];
			const run = await execute(n8n, p.id, env, cpu);
			if (typeof run === 'string') {
				process.stderr.write(`  n8n printed no run:\n${run}\n`);
				const remark = 'n8n printed no run (see the log)';
				return {
					scenario: s.id,
					side: p.side,
					label: SIDE_LABELS[p.side],
					items: s.items,
					nodeMs: NaN,
					failed: s.items,
					fake: fake.read(),
					remark,
				};
			}
			const task = run.data.resultData.runData[NODE_UNDER_TEST]?.[0];
			const output: INodeExecutionData[] = task?.data?.main?.[0] ?? [];
			const errors = output.filter((item) => item.json?.error !== undefined).length;
			const remarks: string[] = [];
			if (p.side === 'oursSerial' && !shapes[s.provider].parallel)
				remarks.push('option absent: same as default');
			if (run.data.resultData.error)
				remarks.push(`run failed: ${run.data.resultData.error.message}`.slice(0, 120));
			if (fake.read().unauthorized) remarks.push(`${fake.read().unauthorized} unauthorized`);
			// Where the time went: n8n's CPU during the node's run, and the throttled requests' schedule.
			const loadavg = os.loadavg()[0].toFixed(1);
			const began = task?.startTime ?? NaN;
			const cpuMs = cpuBetween(cpu, began, began + (task?.executionTime ?? NaN));
			const lines = [`load average (1 min) ${loadavg}`];
			if (cpuMs !== undefined)
				lines.push(
					`n8n's CPU during the node's run ${(cpuMs / 1000).toFixed(2)} s (${Math.round((100 * cpuMs) / (task?.executionTime ?? 1))}% of one core)`,
				);
			const bound = s.bound;
			const schedule = bound && scheduleLine(fake.decisions, bound, s.latencyMs);
			if (schedule) lines.push(schedule);
			process.stderr.write(lines.map((l) => `    ${l}\n`).join(''));
			return {
				scenario: s.id,
				side: p.side,
				label: SIDE_LABELS[p.side],
				items: s.items,
				nodeMs: task?.executionTime ?? NaN,
				// Items missing from the output (a run stopped by an error) failed too.
				failed: errors + Math.max(0, s.items - output.length),
				fake: fake.read(),
				remark: remarks.join('; ') || undefined,
			};
		};

		for (const s of scenarios) {
			const sides = plan.filter((q) => q.s === s);
			const runs = new Map<SideKind, SideResult[]>(sides.map((p) => [p.side, []]));
			// Rounds go through every side in turn, so a change of load on this shared machine hits all sides alike.
			const rounds = s.id === '4' ? REPEAT_PER_ITEM : REPEAT;
			for (let round = 1; round <= rounds; round++) {
				for (const p of sides) {
					process.stderr.write(`› ${s.id} ${p.side}${rounds > 1 ? ` (${round}/${rounds})` : ''}\n`);
					const row = await measure(s, p);
					runs.get(p.side)!.push(row);
					process.stderr.write(
						`  ${(row.nodeMs / 1000).toFixed(2)} s, ${row.failed} failed, ${row.fake.requests} requests, ${row.fake.throttled} × 429, peak ${row.fake.peakConcurrency}\n`,
					);
				}
			}
			const rows = sides.map((p) => best(runs.get(p.side)!));
			results.push(...rows);
			tables.push(formatScenario(s, rows, theoreticalMinimumMs(s)));
		}
	} finally {
		await n8n.stop();
		await fake.stop();
		n8n.cleanup();
	}
	const report = [
		`Peer benchmark on ${machine()}, ${new Date().toISOString()}; load average at the end ${os
			.loadavg()
			.map((l) => l.toFixed(1))
			.join(' / ')} (1/5/15 min)`,
		'',
		...tables.flatMap((t) => [t, '']),
		'Targets:',
		...verdicts(scenarios, results, theoreticalMinimumMs),
	].join('\n');
	process.stdout.write(`\n${report}\n`);
	if (process.env.BENCH_OUT)
		fs.writeFileSync(process.env.BENCH_OUT, JSON.stringify({ report, results }, null, 2));
}

runMain(main);
