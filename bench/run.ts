/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-dangerous-functions -- a benchmark script, not node code */
// `npm run bench`: the nodes through n8n-core's engine against the local fake
// providers, each scenario compared with a plain axios loop replaying the same
// requests in the same process. Prints a table; see README "Performance".
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { IDataObject } from 'n8n-workflow';

import { resetRateLimits } from '../nodes/shared/dispatch/limits';
import type { FakeServer } from '../test/fakes/server';
import { runNode } from '../test/harness/engine';
import { pkg, type } from '../test/harness/package';
import { livePeak, measure, plainLoop } from './measure';
import { scenarios } from './scenarios';
import { runMain } from './main';

export interface Scenario {
	name: string;
	fake: FakeServer;
	/** Items the workflow processes (input items, or items returned). */
	items: number;
	nodeType: string;
	credentialType: string;
	credentials(baseUrl: string): IDataObject;
	parameters: IDataObject;
	input?: IDataObject[];
	/** Number of output items expected (a sanity check, not a timing). */
	expectOutput: number;
	/** Prepare the fake (seed data, rate limit). */
	setup?(): void;
	teardown?(): void;
	/** Requests one-per-item would need, for bulk scenarios. */
	perItemRequests?: number;
	/** A theoretical minimum in ms (rate-limited scenarios). */
	minimumMs?: number;
}

interface Row {
	scenario: string;
	items: number;
	requests: number;
	nodeMs: number;
	plainMs: number;
	plainFreshMs: number;
	itemsPerSec: number;
	ratio: number;
	nodePeakMb: number;
	plainPeakMb: number;
	outputMb: number;
	note: string;
}

async function runScenario(s: Scenario): Promise<Row> {
	await s.fake.start();
	try {
		s.setup?.();
		const credentials = { [s.credentialType]: s.credentials(s.fake.baseUrl) };
		const run = () =>
			runNode(pkg, {
				type: type(s.nodeType),
				parameters: s.parameters,
				credentials,
				items: s.input,
			});
		// Warm-up on a small slice so JIT and connection set-up do not count.
		s.fake.requests.length = 0;
		const node = await measure(run);
		const result = node.result as Awaited<ReturnType<typeof run>>;
		if (result.error) throw new Error(`${s.name}: ${result.error.message}`);
		if (result.json.length !== s.expectOutput) {
			throw new Error(`${s.name}: ${result.json.length} output items, expected ${s.expectOutput}`);
		}
		const sent = [...s.fake.requests];
		const throttledByNode = s.fake.throttled;
		// Live memory: a second, untimed run with a full GC before every sample.
		s.teardown?.();
		s.setup?.();
		const memory = await livePeak(run);
		s.teardown?.();
		s.setup?.();
		s.fake.requests.length = 0;
		const origin = new URL(s.fake.baseUrl).origin;
		const plain = await measure(() => plainLoop(origin, sent));
		s.teardown?.();
		s.setup?.();
		const plainFresh = await measure(() => plainLoop(origin, sent, false));
		const notes: string[] = [];
		if (s.perItemRequests)
			notes.push(
				`${s.perItemRequests} requests one-per-item (${(s.perItemRequests / sent.length).toFixed(0)}× more)`,
			);
		if (s.minimumMs)
			notes.push(
				`limit's minimum ${(s.minimumMs / 1000).toFixed(1)} s, node ${(node.ms / s.minimumMs).toFixed(2)}× it; ${throttledByNode} answered 429, 0 failed`,
			);
		return {
			scenario: s.name,
			items: s.items,
			requests: sent.length,
			nodeMs: node.ms,
			plainMs: plain.ms,
			plainFreshMs: plainFresh.ms,
			itemsPerSec: (s.items / node.ms) * 1000,
			ratio: node.ms / plain.ms,
			nodePeakMb: memory.peakMb,
			outputMb: memory.retainedMb,
			plainPeakMb: plain.peakMb,
			note: notes.join('; '),
		};
	} finally {
		s.teardown?.();
		await s.fake.stop();
	}
}

/** Time to require every built node and credential, in a fresh Node process (median of 5). */
function loadTime(): { inN8n: number; cold: number } {
	const root = path.resolve(__dirname, '..');
	const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
		n8n: { nodes: string[]; credentials: string[] };
	};
	const files = [...manifest.n8n.nodes, ...manifest.n8n.credentials].map((f) => path.join(root, f));
	// Inside n8n, n8n-workflow is already loaded when packages load: preload it, then time ours.
	const script = (preload: boolean) =>
		`${preload ? "require('n8n-workflow');" : ''}const t=process.hrtime.bigint();for(const f of ${JSON.stringify(files)}){const m=require(f);for(const C of Object.values(m)){if(typeof C==='function')new C();}}process.stdout.write(String(Number(process.hrtime.bigint()-t)/1e6));`;
	const median = (preload: boolean) =>
		Array.from({ length: 5 }, () =>
			Number(execFileSync(process.execPath, ['-e', script(preload)], { cwd: root }).toString()),
		).sort((a, b) => a - b)[2];
	return { inN8n: median(true), cold: median(false) };
}

function format(rows: Row[]): string {
	const head = [
		'scenario',
		'items',
		'requests',
		'node s',
		'plain s',
		'items/s',
		'node/plain',
		'plain, new conn. s',
		'node/that',
		'node live peak MB',
		'output MB',
		'peak/output',
		'plain heap peak MB',
		'note',
	];
	const body = rows.map((r) => [
		r.scenario,
		String(r.items),
		String(r.requests),
		(r.nodeMs / 1000).toFixed(2),
		(r.plainMs / 1000).toFixed(2),
		r.itemsPerSec.toFixed(0),
		`${r.ratio.toFixed(2)}×`,
		(r.plainFreshMs / 1000).toFixed(2),
		`${(r.nodeMs / r.plainFreshMs).toFixed(2)}×`,
		r.nodePeakMb.toFixed(1),
		r.outputMb.toFixed(1),
		`${(r.nodePeakMb / Math.max(r.outputMb, 0.1)).toFixed(2)}×`,
		r.plainPeakMb.toFixed(1),
		r.note,
	]);
	const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
	const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
	return [
		line(head),
		`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
		...body.map(line),
	].join('\n');
}

async function main() {
	// The node paces itself to each provider's documented limits (Spoki: 120 text sends a
	// minute), which the fakes here do not enforce and the plain loop ignores: this benchmark
	// measures per-request overhead, so the node's windows are made a million times shorter.
	// Pacing under real limits is what `npm run bench:peer` measures.
	resetRateLimits(1 / 1_000_000);
	const only = process.argv[2];
	const rows: Row[] = [];
	for (const s of scenarios) {
		if (only && !s.name.toLowerCase().includes(only.toLowerCase())) continue;
		process.stderr.write(`› ${s.name}\n`);
		rows.push(await runScenario(s));
	}
	const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
	process.stdout.write(
		`\nBenchmark on ${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}\n`,
	);
	process.stdout.write(`${format(rows)}\n`);
	const load = loadTime();
	process.stdout.write(
		`\nLoad (require and instantiate) every built node and credential: ${load.inN8n.toFixed(1)} ms with n8n-workflow already loaded, as inside n8n; ${load.cold.toFixed(1)} ms from a cold process, n8n-workflow included (medians of 5 fresh processes)\n`,
	);
}

runMain(main);
