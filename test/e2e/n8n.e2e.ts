/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals */
import fs from 'node:fs';
import path from 'node:path';

import type { IRun } from 'n8n-workflow';

import { QueueInfra } from './infra';
import { freePort, N8n, sleep, underTest, until } from './n8n';
import { heyyScenario } from './heyy.scenario';
import type { Scenario } from './scenarios';
import { spokiScenario } from './spoki.scenario';
import { twoChatScenario } from './twochat.scenario';
import { weniScenario } from './weni.scenario';

const scenarios: Scenario[] = [twoChatScenario, heyyScenario, spokiScenario, weniScenario];
const PACKAGE = 'n8n-nodes-messaging-suite';
const examplesDir = path.resolve(__dirname, '../../examples');

const { bin, tarball, version } = underTest();

/** The node that failed a run and n8n's message, or undefined when nothing failed. */
function failure(run: Pick<IRun, 'data'>): string | undefined {
	const error = run.data.resultData.error;
	if (!error) return undefined;
	return `${run.data.resultData.lastNodeExecuted ?? '?'}: ${error.message}${error.description ? ` (${error.description})` : ''}`;
}

/** Workflow ids given at import, one per example file. */
const workflowIds = new Map<string, string>();

describe.each([['regular'], ['queue']])(`n8n ${version}, %s mode`, (mode) => {
	const infra = mode === 'queue' ? new QueueInfra() : undefined;
	let n8n: N8n;

	beforeAll(async () => {
		await infra?.start();
		n8n = new N8n(bin, infra?.env() ?? {});
		for (const s of scenarios) await s.fake.start();
		await n8n.installPackage(tarball);
		if (infra) n8n.webhookPort = await freePort();
		const credentials = scenarios.flatMap((s) => s.credentials(s.fake.baseUrl));
		const credentialsFile = path.join(n8n.userFolder, 'credentials.json');
		fs.writeFileSync(credentialsFile, JSON.stringify(credentials));
		await n8n.cli(['import:credentials', `--input=${credentialsFile}`]);
		// Every example in one import (each CLI start costs seconds); an invalid one fails the import.
		const files = scenarios.flatMap((s) => [s.manual.file, s.trigger.file]);
		const workflows = files.map((file, n) => {
			const workflow = JSON.parse(fs.readFileSync(path.join(examplesDir, file), 'utf8'));
			workflow.id = `msuiteE2E${String(n + 1).padStart(7, '0')}`;
			workflowIds.set(file, workflow.id);
			return workflow;
		});
		const input = path.join(n8n.userFolder, 'workflows.json');
		fs.writeFileSync(input, JSON.stringify(workflows));
		await n8n.cli(['import:workflow', `--input=${input}`]);
	});

	afterAll(async () => {
		await n8n.stop();
		for (const s of scenarios) await s.fake.stop();
		n8n.cleanup();
		await infra?.stop();
	});

	describe.each(scenarios.map((s) => [s.provider, s] as const))('%s', (_name, s) => {
		test('the manual example runs with `n8n execute` and reaches the provider', async () => {
			s.reset?.();
			s.fake.requests.length = 0;
			// The CLI prints the run as JSON at log level info, after n8n's own log lines; when
			// the run fails it logs the run the same way, then exits with an error.
			let stdout: string;
			try {
				stdout = await n8n.cli(
					['execute', `--id=${workflowIds.get(s.manual.file)}`, '--rawOutput'],
					{
						N8N_LOG_LEVEL: 'info',
					},
				);
			} catch (error) {
				const { stdout: out = '', message } = error as Error & { stdout?: string };
				stdout = out.includes('\n{') ? out : message;
			}
			expect(stdout).toContain('\n{'); // else the failed command's own words are shown
			const start = stdout.indexOf('\n{') + 1;
			const run = JSON.parse(stdout.slice(start, stdout.indexOf('\n}', start) + 2)) as IRun;
			// On failure, the node and n8n's words are shown rather than just the status.
			expect([run.status, failure(run)]).toEqual(['success', undefined]);
			s.manual.check(run);
		});
	});

	describe('running instance', () => {
		beforeAll(async () => {
			await n8n.startInstance(infra !== undefined);
		});

		test('n8n lists every node (and AI tool variant) and credential of the package', async () => {
			const nodes = await n8n.rest<Array<{ name: string }>>('GET', '/../types/nodes.json');
			const names = new Set(nodes.map((node) => node.name));
			const credentials = await n8n.rest<Array<{ name: string }>>(
				'GET',
				'/../types/credentials.json',
			);
			const credentialNames = new Set(credentials.map((c) => c.name));
			// Exactly the package's types, so an empty expectation cannot pass.
			const ours = [...names]
				.filter((n) => n.startsWith(`${PACKAGE}.`))
				.map((n) => n.slice(PACKAGE.length + 1));
			// n8n 1.x makes no human review (HITL) tool of a node with Send and Wait; 2.x does.
			const expected = scenarios
				.flatMap((s) => s.nodeTypes)
				.filter((type) => n8n.major > 1 || !type.endsWith('HitlTool'));
			expect(ours.sort()).toEqual(expected.sort());
			expect(ours.length).toBeGreaterThan(0);
			const credentialTypes = scenarios.flatMap((s) => s.credentialTypes);
			expect(credentialTypes.filter((type) => !credentialNames.has(type))).toEqual([]);
			expect(credentialTypes).toHaveLength(scenarios.length);
		});

		describe.each(scenarios.map((s) => [s.provider, s] as const))('%s trigger', (_name, s) => {
			test('activate → registered at the provider → delivery runs the workflow → forged refused → deactivate → removed', async () => {
				const id = workflowIds.get(s.trigger.file)!;
				s.reset?.();
				s.fake.requests.length = 0;
				await n8n.activate(id);
				const urls = await until('the registration at the fake', () =>
					s.trigger.registeredUrls().length ? s.trigger.registeredUrls() : undefined,
				);
				// Registered with n8n's production URL: the webhook processor's in queue mode.
				for (const url of urls)
					expect(url.startsWith(`http://127.0.0.1:${n8n.webhookPort || n8n.port}/webhook/`)).toBe(
						true,
					);
				// n8n 2.x publishes in the background (its publication outbox): the provider can hold
				// the registration before n8n has stored the webhook and the trigger's state (token,
				// signing secrets), and a delivery in between is refused (401) or not found (404).
				// A provider would retry it; the test waits until n8n has stored the registered URL.
				await until('n8n to store the subscription', async () =>
					Object.values(await n8n.staticData(id)).some((node) => urls.includes(String(node.url))),
				);

				expect(await s.trigger.deliver(urls[0], false)).toBe(200);
				const executions = await until('a finished execution', async () => {
					const list = await n8n.executions(id);
					return list.length && list.every((e) => !['running', 'new', 'waiting'].includes(e.status))
						? list
						: undefined;
				});
				if (executions[0]?.status !== 'success') {
					const { data } = await n8n.finished(executions[0].id);
					expect([executions[0].status, data && failure({ data } as IRun)]).toEqual([
						'success',
						undefined,
					]);
				}
				expect(executions.map((e) => e.status)).toEqual(['success']);
				if (infra) {
					// The worker, not the main instance, ran it.
					expect(n8n.logs.filter((l) => l.startsWith('[worker]')).join('')).toContain(
						`execution ${executions[0].id}`,
					);
				}
				s.trigger.checkRun();
				if (s.trigger.checkExecution)
					s.trigger.checkExecution((await n8n.finished(executions[0].id)).data!);

				expect(await s.trigger.deliver(urls[0], true)).toBe(401);
				await sleep(500);
				expect(await n8n.executions(id)).toHaveLength(1);

				await n8n.deactivate(id);
				await until('the subscription removal', () => s.trigger.registeredUrls().length === 0);
			});
		});
	});
});
