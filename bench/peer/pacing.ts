/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- a benchmark script, not node code */
// Scenario 2 of the peer benchmark (Weni sends, 50 ms latency, DRF's sliding log at 50/s) through
// n8n-core's engine in this process instead of a real n8n, to tell the pacing from n8n's cost:
//   bash scripts/node24.sh node --import tsx bench/peer/pacing.ts
// Knobs: BENCH_N (items, default 500), BENCH_REPEAT (rounds, default 3). Prints, per round, the
// time against the limit's minimum, 429s, what was learnt, this process's CPU time and the
// request schedule against the ideal one (schedule.ts).
import os from 'node:os';

import { learntRateLimits, resetRateLimits } from '../../nodes/shared/dispatch/limits';
import { testKey } from '../../test/fakes/server';
import { runNode } from '../../test/harness/engine';
import { pkg, type } from '../../test/harness/package';
import { PeerFake } from './fake';
import { peerScenarios, theoreticalMinimumMs } from './scenarios';
import { scheduleLine } from './schedule';
import { runMain } from '../main';

async function main() {
	const n = Number(process.env.BENCH_N ?? 500);
	const rounds = Number(process.env.BENCH_REPEAT ?? 3);
	const keys = { weni: testKey('weni'), spoki: testKey('spoki') };
	const fake = new PeerFake(keys);
	await fake.start();
	const s = peerScenarios(n, 2000).find((x) => x.id === '2')!;
	const bound = s.bound!;
	try {
		for (let round = 1; round <= rounds; round++) {
			resetRateLimits();
			fake.reset(s.latencyMs, s.limits);
			const items = Array.from({ length: n }, (_, i) => ({
				urn: `whatsapp:55829${String(i).padStart(8, '0')}`,
				text: `Campaign message #${i}`,
			}));
			const cpu = process.cpuUsage();
			const began = Date.now();
			const result = await runNode(pkg, {
				type: type('weni'),
				parameters: {
					resource: 'message',
					operation: 'send',
					contact: '={{ $json.urn }}',
					text: '={{ $json.text }}',
				},
				items,
				credentials: {
					weniApi: { apiToken: keys.weni, baseUrl: fake.baseUrl, apiFlavour: 'rapidpro' },
				},
			});
			const ms = Date.now() - began;
			const used = process.cpuUsage(cpu);
			const stats = fake.read();
			const failed = result.error
				? `run failed: ${result.error.message}`
				: result.json.filter((j) => j.error !== undefined).length;
			const learnt = learntRateLimits()
				.map((l) => `${l.limit} per ${l.perMs} ms`)
				.join(', ');
			process.stdout.write(
				`${round}. ${n} sends in ${(ms / 1000).toFixed(2)} s = ${(ms / theoreticalMinimumMs(s)!).toFixed(2)}× the minimum; ${failed} failed, ${stats.throttled} × 429, ${stats.sentTwice} sent twice; learnt ${learnt || 'nothing'}; CPU ${((used.user + used.system) / 1000).toFixed(0)} ms; load average (1 min) ${os.loadavg()[0].toFixed(1)}\n`,
			);
			process.stdout.write(`   ${scheduleLine(fake.decisions, bound, s.latencyMs)}\n`);
		}
	} finally {
		await fake.stop();
	}
}

runMain(main);
