/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-dangerous-functions -- test infrastructure starts n8n */
import { execFile, execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import { parse } from 'flatted';
import type { IRun } from 'n8n-workflow';

const run = promisify(execFile);

export async function freePort(): Promise<number> {
	const server = net.createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as net.AddressInfo;
	await new Promise<void>((resolve) => server.close(() => resolve()));
	return port;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `probe` every 250 ms until it gives a value (not undefined or false). */
export async function until<T>(
	what: string,
	probe: () => Promise<T | undefined | false> | T | undefined | false,
	timeoutMs = 60_000,
): Promise<T> {
	const end = Date.now() + timeoutMs;
	while (Date.now() < end) {
		const value = await probe();
		if (value !== undefined && value !== false) return value;
		await sleep(250);
	}
	throw new Error(`Timed out waiting for ${what}`);
}

/** The version of the n8n whose binary is `bin` (node_modules/.bin/n8n). */
export function n8nVersion(bin: string): string {
	const manifest = path.join(path.dirname(fs.realpathSync(bin)), '..', 'package.json');
	return (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version: string }).version;
}

/**
 * The n8n under test, as scripts/e2e.sh gives it: its binary (N8N_BIN, run by
 * N8N_NODE: Node 20 for n8n 1.x, 24 for 2.x), its version, and the packed
 * package (MSUITE_TARBALL).
 */
export function underTest(): { bin: string; tarball: string; version: string; major: number } {
	const bin = process.env.N8N_BIN ?? '';
	const tarball = process.env.MSUITE_TARBALL ?? '';
	if (!bin || !tarball)
		throw new Error('Run through `npm run test:e2e` (needs N8N_BIN and MSUITE_TARBALL)');
	const version = n8nVersion(bin);
	return { bin, tarball, version, major: Number(version.split('.')[0]) };
}

/**
 * One n8n installation folder (N8N_USER_FOLDER) with our packed package
 * installed the way a self-hosted user does it (`npm install` in
 * ~/.n8n/nodes), and the processes started from it: CLI commands, `n8n start`,
 * and in queue mode a worker and a webhook processor.
 */
export class N8n {
	readonly userFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'msuite-n8n-'));

	readonly processes: ChildProcess[] = [];

	port = 0;

	/** Where the provider must deliver: the main instance, or the webhook processor in queue mode. */
	webhookPort = 0;

	private cookie = '';

	/** Port of the main instance's task-runner broker (each n8n process needs its own). */
	runnerPort = 0;

	readonly logs: string[] = [];

	/** One key for every process of this installation, new per run. */
	private readonly encryptionKey = randomBytes(24).toString('hex');

	readonly version: string;

	/** n8n's major version: 1 or 2. */
	readonly major: number;

	/** The Node that runs n8n: N8N_NODE (scripts/e2e.sh picks n8n's own), else this one. */
	private readonly node = process.env.N8N_NODE || process.execPath;

	/** The major version of that Node. */
	readonly nodeMajor: number;

	constructor(
		private readonly bin: string,
		private readonly extraEnv: Record<string, string> = {},
	) {
		this.version = n8nVersion(bin);
		this.major = Number(this.version.split('.')[0]);
		this.nodeMajor = Number(
			/^v(\d+)/.exec(execFileSync(this.node, ['-v'], { encoding: 'utf8' }))?.[1] ?? 0,
		);
	}

	get baseUrl(): string {
		return `http://127.0.0.1:${this.port}`;
	}

	env(more: Record<string, string> = {}): NodeJS.ProcessEnv {
		return {
			...process.env,
			// Anything n8n starts with `node` (task runners) runs on n8n's own Node too.
			PATH: `${path.dirname(this.node)}${path.delimiter}${process.env.PATH ?? ''}`,
			N8N_USER_FOLDER: this.userFolder,
			N8N_PORT: String(this.port),
			N8N_LISTEN_ADDRESS: '127.0.0.1',
			// n8n 2.x reads N8N_WEBHOOK_URL (it logs WEBHOOK_URL as deprecated); 1.x reads WEBHOOK_URL.
			[this.major === 1 ? 'WEBHOOK_URL' : 'N8N_WEBHOOK_URL']:
				`http://127.0.0.1:${this.webhookPort || this.port}/`,
			// n8n's default expression engine, `vm` (n8n 2.x, and 1.123.81 but not 1.123.70), runs
			// expressions in isolated-vm, which needs Node 22 or later (no build for Node 20's V8).
			// On Node 20 n8n 1.123.81 starts only with the `legacy` engine, as its users must set.
			...(this.nodeMajor < 22 ? { N8N_EXPRESSION_ENGINE: 'legacy' } : {}),
			N8N_ENCRYPTION_KEY: this.encryptionKey,
			N8N_DIAGNOSTICS_ENABLED: 'false',
			N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
			N8N_TEMPLATES_ENABLED: 'false',
			N8N_PERSONALIZATION_ENABLED: 'false',
			N8N_SECURE_COOKIE: 'false',
			N8N_LOG_LEVEL: 'warn',
			N8N_RUNNERS_BROKER_PORT: String(this.runnerPort),
			NODE_ENV: 'production',
			...this.extraEnv,
			...more,
		};
	}

	/** Installs the packed package into <user>/.n8n/nodes, as `npm install` there would. */
	async installPackage(tarball: string): Promise<void> {
		this.port = await freePort();
		this.runnerPort = await freePort();
		const nodesDir = path.join(this.userFolder, '.n8n', 'nodes');
		fs.mkdirSync(nodesDir, { recursive: true });
		fs.writeFileSync(
			path.join(nodesDir, 'package.json'),
			JSON.stringify({ name: 'installed-nodes', private: true }),
		);
		await run(
			'npm',
			['install', '--no-audit', '--no-fund', '--ignore-scripts', '--legacy-peer-deps', tarball],
			{
				cwd: nodesDir,
			},
		);
	}

	/**
	 * Runs an n8n CLI command and returns its stdout. A failed command throws
	 * an error that shows the end of its output and keeps all of it as `stdout`.
	 */
	async cli(args: string[], more: Record<string, string> = {}): Promise<string> {
		try {
			const { stdout } = await run(this.node, [this.bin, ...args], {
				env: this.env(more),
				maxBuffer: 64 * 1024 * 1024,
			});
			return stdout;
		} catch (error) {
			const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
			const failure = new Error(
				`n8n ${args.join(' ')} failed:\n${`${stdout}\n${stderr}`.trim().slice(-3000)}`,
			);
			throw Object.assign(failure, { stdout });
		}
	}

	/** Starts `n8n <command>` (start, worker, webhook) in the background; its log lines start with `[label]`. */
	spawn(command: string, more: Record<string, string> = {}, label = command): ChildProcess {
		const child = spawn(this.node, [this.bin, command], {
			env: this.env(more),
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		const keep = (chunk: Buffer) => this.logs.push(`[${label}] ${chunk.toString()}`);
		child.stdout?.on('data', keep);
		child.stderr?.on('data', keep);
		this.processes.push(child);
		return child;
	}

	/**
	 * Starts the instance and logs in: `n8n start`, and in queue mode one worker
	 * (which runs executions) and one webhook processor (which receives deliveries).
	 */
	async startInstance(queue: boolean): Promise<void> {
		this.spawn('start');
		await this.waitHealthy();
		if (queue) {
			this.spawn('worker', {
				N8N_PORT: String(await freePort()),
				N8N_RUNNERS_BROKER_PORT: String(await freePort()),
				N8N_LOG_LEVEL: 'info',
			});
			this.spawn('webhook', {
				N8N_PORT: String(this.webhookPort),
				N8N_RUNNERS_BROKER_PORT: String(await freePort()),
			});
			await this.waitHealthy(`http://127.0.0.1:${this.webhookPort}/healthz`);
		}
		await this.login();
	}

	async waitHealthy(url = `${this.baseUrl}/healthz`, timeoutMs = 180_000): Promise<void> {
		const until = Date.now() + timeoutMs;
		while (Date.now() < until) {
			try {
				const r = await fetch(url);
				if (r.ok) return;
			} catch {
				// not up yet
			}
			await sleep(500);
		}
		throw new Error(`n8n did not become healthy at ${url}:\n${this.logs.join('').slice(-4000)}`);
	}

	/** Creates the owner account (first start) and keeps the session cookie. */
	async login(): Promise<void> {
		const owner = {
			email: 'owner@example.com',
			firstName: 'Owner',
			lastName: 'E2E',
			password: 'Password123',
		};
		let last = '';
		for (let attempt = 0; attempt < 60; attempt++) {
			try {
				let r = await fetch(`${this.baseUrl}/rest/owner/setup`, {
					method: 'POST',
					headers: { 'content-type': 'application/json' },
					body: JSON.stringify(owner),
				});
				if (r.status === 400 || r.status === 403) {
					r = await fetch(`${this.baseUrl}/rest/login`, {
						method: 'POST',
						headers: { 'content-type': 'application/json' },
						body: JSON.stringify({ emailOrLdapLoginId: owner.email, password: owner.password }),
					});
				}
				const setCookie = r.headers.get('set-cookie');
				if (r.ok && setCookie) {
					this.cookie = setCookie.split(';')[0];
					return;
				}
				last = `HTTP ${r.status}`;
			} catch (error) {
				// A connection n8n resets while it finishes starting is retried like a refusal.
				last = String((error as Error).cause ?? error);
			}
			await sleep(1000); // REST routes come up a little after /healthz
		}
		throw new Error(`Could not log in to n8n (${last}):\n${this.logs.join('').slice(-4000)}`);
	}

	async rest<T = unknown>(method: string, route: string, body?: unknown): Promise<T> {
		const r = await fetch(`${this.baseUrl}/rest${route}`, {
			method,
			headers: { 'content-type': 'application/json', cookie: this.cookie },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const text = await r.text();
		if (!r.ok) throw new Error(`${method} /rest${route} → ${r.status}: ${text.slice(0, 500)}`);
		const parsed = text ? JSON.parse(text) : {};
		return (parsed.data ?? parsed) as T;
	}

	/**
	 * Runs a saved workflow from `trigger` as the editor's "Execute workflow"
	 * does and answers the execution id. n8n 1.x wants the workflow itself in
	 * the request, as its editor sends it; 2.x runs the stored one.
	 */
	async runManually(workflowId: string, trigger: string): Promise<string> {
		const body: Record<string, unknown> = { triggerToStartFrom: { name: trigger } };
		if (this.major === 1) body.workflowData = await this.rest('GET', `/workflows/${workflowId}`);
		const result = await this.rest<{ executionId: string }>(
			'POST',
			`/workflows/${workflowId}/run`,
			body,
		);
		return result.executionId;
	}

	async activate(workflowId: string): Promise<void> {
		const wf = await this.rest<{ versionId: string }>('GET', `/workflows/${workflowId}`);
		await this.rest('POST', `/workflows/${workflowId}/activate`, { versionId: wf.versionId });
	}

	async deactivate(workflowId: string): Promise<void> {
		await this.rest('POST', `/workflows/${workflowId}/deactivate`, {});
	}

	/** The workflow's static data as n8n has stored it (`node:<name>` → that node's data). */
	async staticData(workflowId: string): Promise<Record<string, Record<string, unknown>>> {
		const wf = await this.rest<{ staticData?: Record<string, Record<string, unknown>> | null }>(
			'GET',
			`/workflows/${workflowId}`,
		);
		return wf.staticData ?? {};
	}

	/** Executions of a workflow, newest first, with their data. */
	async executions(workflowId: string): Promise<Array<{ id: string; status: string }>> {
		const list = await this.rest<{ results: Array<{ id: string; status: string }> }>(
			'GET',
			`/executions?filter=${encodeURIComponent(JSON.stringify({ workflowId }))}`,
		);
		return list.results;
	}

	async execution(id: string): Promise<{ status: string; data: unknown }> {
		return await this.rest('GET', `/executions/${id}`);
	}

	/**
	 * An execution once it has ended and its data is stored: its status and
	 * its data at the end. n8n 1.x on SQLite (its default driver, the legacy
	 * one) writes the status and the data one after the other outside a
	 * transaction (@n8n/db ExecutionRepository.updateExistingExecution), so a
	 * read in between sees the final status with the data of the run's start
	 * (a resumed wait: the waiting node still on the stack); 2.x writes both
	 * in one transaction. Until then the data still has nodes to run and no
	 * error. A crashed execution is answered as n8n left it.
	 */
	async finished(id: string, timeoutMs = 60_000): Promise<{ status: string; data?: IRun['data'] }> {
		const until = Date.now() + timeoutMs;
		let last = '';
		while (Date.now() < until) {
			const found = await this.execution(id);
			last = found.status;
			const data = typeof found.data === 'string' ? (parse(found.data) as IRun['data']) : undefined;
			const stored =
				data !== undefined &&
				(data.resultData.error !== undefined ||
					(data.executionData?.nodeExecutionStack.length ?? 0) === 0);
			if (
				found.status === 'crashed' ||
				(['success', 'error', 'canceled'].includes(found.status) && stored)
			)
				return { status: found.status, data };
			await sleep(250);
		}
		throw new Error(`Execution ${id} did not finish (status ${last})`);
	}

	async stop(): Promise<void> {
		for (const child of this.processes.reverse()) {
			if (child.exitCode !== null) continue;
			child.kill('SIGTERM');
			const exited = new Promise((resolve) => child.once('exit', resolve));
			await Promise.race([exited, sleep(15_000)]);
			if (child.exitCode === null) child.kill('SIGKILL');
		}
		this.processes.length = 0;
	}

	cleanup(): void {
		fs.rmSync(this.userFolder, { recursive: true, force: true });
	}
}
