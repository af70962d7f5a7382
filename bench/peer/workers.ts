/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- a benchmark script, not node code */
// Two n8n workers against one Spoki limit, without n8n: two executions of 100 template sends run
// at once in this process through n8n-core's engine, each with its own credential (so each paces
// on its own, as two workers do), against the peer benchmark's fake throttling template sends as
// DRF does at 60 per "minute" scaled to 2 s. test/e2e/workers.e2e.ts runs the same in a real
// n8n in queue mode; this tells the pacing from n8n's cost:
//   bash scripts/node24.sh node --import tsx bench/peer/workers.ts
// Knobs: BENCH_REPEAT (rounds, default 3), BENCH_MINUTE_MS (default 2000), BENCH_STAGGER_MS (how
// long after the first the second execution starts, default 100: in a real n8n the two workers
// began 0.06 to 0.18 s apart).
import os from 'node:os';

import { resetRateLimits } from '../../nodes/shared/dispatch/limits';
import { testKey } from '../../test/fakes/server';
import { runNode } from '../../test/harness/engine';
import { pkg, type } from '../../test/harness/package';
import { PeerFake } from './fake';
import { peerScenarios, theoreticalMinimumMs } from './scenarios';
import { scheduleLine } from './schedule';
import { runMain } from '../main';

const PER_EXECUTION = 100;

async function main() {
	const minuteMs = Number(process.env.BENCH_MINUTE_MS ?? 2000);
	const rounds = Number(process.env.BENCH_REPEAT ?? 3);
	const staggerMs = Number(process.env.BENCH_STAGGER_MS ?? 100);
	const keys = { weni: testKey('weni'), spoki: testKey('spoki') };
	const fake = new PeerFake(keys);
	await fake.start();
	const s = peerScenarios(PER_EXECUTION, minuteMs).find((x) => x.id === '3a')!;
	const bound = s.bound!;
	const minimum = theoreticalMinimumMs({ ...s, requestsNeeded: 2 * PER_EXECUTION })!;
	// Two credentials to the same fake: the dispatcher keys its windows by credential and host.
	const hosts = [fake.baseUrl, fake.baseUrl.replace('127.0.0.1', 'localhost')];
	try {
		for (let round = 1; round <= rounds; round++) {
			resetRateLimits(minuteMs / 60_000);
			fake.reset(s.latencyMs, s.limits);
			const began = Date.now();
			const runs = await Promise.all(
				hosts.map(async (baseUrl, n) => {
					await new Promise((resolve) => setTimeout(resolve, n * staggerMs));
					const start = Date.now();
					const result = await runNode(pkg, {
						type: type('spoki'),
						parameters: {
							resource: 'message',
							operation: 'sendTemplate',
							phone: '={{ $json.phone }}',
							templateId: { __rl: true, mode: 'id', value: '7' },
							language: 'IT',
						},
						items: Array.from({ length: PER_EXECUTION }, (_, i) => ({
							phone: `+39333${String(i + n * PER_EXECUTION).padStart(7, '0')}`,
						})),
						credentials: { spokiApi: { apiKey: keys.spoki, baseUrl } },
						continueOnFail: true,
					});
					const failed = result.error
						? PER_EXECUTION
						: result.json.filter((j) => j.error !== undefined).length;
					return { ms: Date.now() - start, failed };
				}),
			);
			const ms = Date.now() - began;
			const stats = fake.read();
			process.stdout.write(
				`${round}. ${(ms / 1000).toFixed(2)} s = ${(ms / minimum).toFixed(2)}× the minimum (${(minimum / 1000).toFixed(2)} s); executions ${runs.map((r) => (r.ms / 1000).toFixed(2)).join(' s and ')} s; ${runs.reduce((a, r) => a + r.failed, 0)} failed, ${stats.throttled} × 429, ${stats.sentTwice} sent twice; load average (1 min) ${os.loadavg()[0].toFixed(1)}\n`,
			);
			process.stdout.write(`   ${scheduleLine(fake.decisions, bound, s.latencyMs)}\n`);
		}
	} finally {
		await fake.stop();
	}
}

runMain(main);
