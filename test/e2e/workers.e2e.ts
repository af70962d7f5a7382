/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals */
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { parse } from 'flatted';
import type { IRun } from 'n8n-workflow';

import { PeerFake } from '../../bench/peer/fake';
import { peerScenarios, theoreticalMinimumMs } from '../../bench/peer/scenarios';
import { scheduleLine } from '../../bench/peer/schedule';
import {
	credentialsFile,
	inspectNode,
	NODE_UNDER_TEST,
	PACKAGE,
	workflow,
} from '../../bench/peer/workflows';
import { testKey } from '../fakes/server';
import { QueueInfra } from './infra';
import { freePort, N8n, sleep, underTest, until } from './n8n';

/**
 * Several n8n workers, one provider limit: in queue mode each worker paces a credential on its
 * own, so two workers sending Spoki templates together offer twice the documented 60 a minute.
 * Two executions of 100 template sends each, started together, run on two workers (one job each)
 * against the peer benchmark's fake Spoki, which throttles template sends as Django REST
 * Framework does (bench/peer/fake.ts) at 60 per "minute" scaled to 2 s, as `npm run bench:peer`
 * does; a script preloaded into each worker scales the node's own pacing the same way. Every
 * message must be accepted exactly once; the time against the limit's minimum is printed.
 */
const { bin, tarball, version } = underTest();
const MINUTE_MS = 2000;
const PER_EXECUTION = 100;

describe(`n8n ${version}, queue mode, two workers`, () => {
	const infra = new QueueInfra();
	const keys = { weni: testKey('weni'), spoki: testKey('spoki') };
	const fake = new PeerFake(keys);
	// Spoki's template sends, 50 ms latency, as in the peer benchmark's scenario 3a.
	const scenario = peerScenarios(PER_EXECUTION, MINUTE_MS).find((s) => s.id === '3a')!;
	const ids = ['msuiteWorkers001', 'msuiteWorkers002'];
	/**
	 * Two sends on each worker first (the fake is reset after them), so that the measured run does
	 * not time a worker's first load of the node.
	 */
	const warmUp = 'msuiteWorkers003';
	let n8n: N8n;

	beforeAll(async () => {
		await infra.start();
		// Manual runs go to the workers too.
		n8n = new N8n(bin, { ...infra.env(), OFFLOAD_MANUAL_EXECUTIONS_TO_WORKERS: 'true' });
		await fake.start();
		await n8n.installPackage(tarball);
		const installed = path.join(n8n.userFolder, '.n8n', 'nodes', 'node_modules', PACKAGE);
		// The node's parameters as built (dist/ of this checkout is what was packed).
		const shape = inspectNode(path.resolve(__dirname, '../..'), 'spoki');
		const preload = path.join(n8n.userFolder, 'scale-limits.cjs');
		const limits = path.join(installed, 'dist/nodes/shared/dispatch/limits.js');
		fs.writeFileSync(
			preload,
			`require(${JSON.stringify(limits)}).resetRateLimits(${MINUTE_MS / 60_000});\n`,
		);
		const credentials = path.join(n8n.userFolder, 'credentials.json');
		fs.writeFileSync(credentials, JSON.stringify(credentialsFile(fake.baseUrl, keys)));
		await n8n.cli(['import:credentials', `--input=${credentials}`]);
		// Two workflows, each making its own 100 phones, so that a message sent twice is seen.
		const workflows = ids.map((id, n) => {
			const wf = workflow(id, scenario, 'ours', fake.baseUrl, shape);
			const code = wf.nodes.find((node) => node.name === 'Make items')!.parameters as {
				jsCode: string;
			};
			code.jsCode = code.jsCode.replace('String(i)', `String(i + ${n * PER_EXECUTION})`);
			return wf;
		});
		const warm = workflow(
			warmUp,
			peerScenarios(2, MINUTE_MS).find((s) => s.id === '3a')!,
			'ours',
			fake.baseUrl,
			shape,
		);
		workflows.push(warm);
		const input = path.join(n8n.userFolder, 'workflows.json');
		fs.writeFileSync(input, JSON.stringify(workflows));
		await n8n.cli(['import:workflow', `--input=${input}`]);

		n8n.spawn('start');
		await n8n.waitHealthy();
		// Two workers of one job each, so the two executions run on two processes at once.
		const workers = new Map<string, ChildProcess>();
		for (const worker of ['worker 1', 'worker 2']) {
			const child = n8n.spawn(
				'worker',
				{
					N8N_PORT: String(await freePort()),
					N8N_RUNNERS_BROKER_PORT: String(await freePort()),
					N8N_LOG_LEVEL: 'info',
					N8N_CONCURRENCY_PRODUCTION_LIMIT: '1',
					NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${preload}`.trim(),
				},
				worker,
			);
			workers.set(worker, child);
		}
		await n8n.login();
		/**
		 * A worker takes jobs from when it logs "n8n worker is now ready": n8n logs it after `init()`
		 * has called the queue's `process()` (dist/commands/worker.js, 1.x and 2.x). Its warning that
		 * the concurrency is below 5 comes at the start of `init()`, before the nodes load: waiting
		 * for that let a worker still starting miss the measured jobs, and the other worker ran both.
		 */
		for (const [worker, child] of workers)
			await until(
				`${worker} to take jobs`,
				() => {
					if (child.exitCode !== null)
						throw new Error(`${worker} exited:\n${workerLog(worker).slice(-3000)}`);
					return workerLog(worker).includes('n8n worker is now ready');
				},
				300_000,
			);
		fake.reset(scenario.latencyMs, scenario.limits);
		await Promise.all(
			[warmUp, warmUp].map(async (id) => await finished(await n8n.runManually(id, 'Start'))),
		);
		// Every window empty again before the measured run.
		await sleep(2 * MINUTE_MS);
	}, 900_000);

	/** Everything a worker has logged, its lines prefixed with its label. */
	function workerLog(worker: string): string {
		return n8n.logs.filter((l) => l.startsWith(`[${worker}]`)).join('');
	}

	/** The run of a finished execution (success or not). */
	async function finished(id: string): Promise<IRun['data']> {
		const end = Date.now() + 240_000;
		for (;;) {
			const found = await n8n.execution(id);
			if (['success', 'error', 'crashed'].includes(found.status))
				return parse(found.data as string) as IRun['data'];
			if (Date.now() > end) throw new Error(`execution ${id} did not finish`);
			await sleep(250);
		}
	}

	afterAll(async () => {
		await n8n?.stop();
		await fake.stop();
		n8n?.cleanup();
		await infra.stop();
	});

	test('200 template sends in two executions on two workers: every message accepted once, none failed', async () => {
		fake.reset(scenario.latencyMs, scenario.limits);
		const executions = await Promise.all(ids.map((id) => n8n.runManually(id, 'Start')));
		const runs = await Promise.all(executions.map(finished));
		const tasks = runs.map((data) => data.resultData.runData[NODE_UNDER_TEST][0]);
		const items = tasks.flatMap((task) => task.data?.main[0] ?? []);
		const failed = items.filter((item) => item.json.error !== undefined);
		const stats = fake.read();
		const began = Math.min(...tasks.map((t) => t.startTime));
		const ended = Math.max(...tasks.map((t) => t.startTime + t.executionTime));
		const minimum = theoreticalMinimumMs({ ...scenario, requestsNeeded: 2 * PER_EXECUTION })!;
		const bound = scenario.bound!;
		const schedule = scheduleLine(fake.decisions, bound, scenario.latencyMs);
		process.stdout.write(
			[
				`two workers, ${2 * PER_EXECUTION} Spoki template sends at 60 per ${MINUTE_MS / 1000} s:`,
				`${((ended - began) / 1000).toFixed(2)} s = ${((ended - began) / minimum).toFixed(2)}× the limit's minimum (${(minimum / 1000).toFixed(2)} s)`,
				`executions ${tasks.map((t) => (t.executionTime / 1000).toFixed(2)).join(' s and ')} s, the second node's run starting ${(Math.abs(tasks[1].startTime - tasks[0].startTime) / 1000).toFixed(2)} s after the first's`,
				`${failed.length} failed, ${stats.throttled} answered 429, ${stats.requests} requests, ${stats.sentTwice} sent twice`,
				`load average ${os
					.loadavg()
					.map((l) => l.toFixed(1))
					.join(' / ')}`,
				schedule,
			].join('\n  ') + '\n',
		);

		// Each execution ran on its own worker.
		const ranOn = executions.map((id) =>
			['worker 1', 'worker 2'].find((w) =>
				workerLog(w).includes(`Worker started execution ${id} (`),
			),
		);
		expect(new Set(ranOn).size).toBe(2);
		expect(items).toHaveLength(2 * PER_EXECUTION);
		expect(failed.map((item) => item.json.error)).toEqual([]);
		// Every message accepted exactly once.
		expect(stats.accepted).toBe(2 * PER_EXECUTION);
		expect(stats.sentTwice).toBe(0);
	});
});
