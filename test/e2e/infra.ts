/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-dangerous-functions -- test infrastructure starts servers */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import { freePort } from './n8n';

const run = promisify(execFile);

function postgresBin(): string {
	const base = '/usr/lib/postgresql';
	const versions = fs.existsSync(base) ? fs.readdirSync(base).sort() : [];
	if (!versions.length)
		throw new Error('PostgreSQL is not installed (scripts/e2e.sh installs it from Debian)');
	return path.join(base, versions[versions.length - 1], 'bin');
}

function externalServices() {
	const pgUrl = process.env.MSUITE_E2E_POSTGRES;
	const redisUrl = process.env.MSUITE_E2E_REDIS;
	if (!pgUrl || !redisUrl) return undefined;
	const pg = /^([^:@]+)(?::([^@]*))?@([^:/]+):(\d+)\/(.+)$/.exec(pgUrl);
	const redis = /^([^:]+):(\d+)$/.exec(redisUrl);
	if (!pg || !redis)
		throw new Error(
			'MSUITE_E2E_POSTGRES is user:password@host:port/database, MSUITE_E2E_REDIS is host:port',
		);
	return {
		pg: { user: pg[1], password: pg[2] ?? '', host: pg[3], port: pg[4], database: pg[5] },
		redis: { host: redis[1], port: redis[2] },
	};
}

/**
 * PostgreSQL and Redis from Debian's packages, started on 127.0.0.1 on free
 * ports in a scratch folder, for n8n's queue mode. PostgreSQL refuses to run
 * as root, so its files belong to the `postgres` user.
 */
export class QueueInfra {
	private readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), 'msuite-queue-'));

	private redis?: ChildProcess;

	pgPort = 0;

	redisPort = 0;

	private asPostgres(command: string, args: string[]) {
		return os.userInfo().uid === 0
			? run('runuser', ['-u', 'postgres', '--', command, ...args])
			: run(command, args);
	}

	/**
	 * PostgreSQL and Redis already running (CI service containers), given as
	 * MSUITE_E2E_POSTGRES=user:password@host:port/database and
	 * MSUITE_E2E_REDIS=host:port; otherwise both are started here.
	 */
	private readonly external = externalServices();

	async start(): Promise<void> {
		if (this.external) return;
		const bin = postgresBin();
		const data = path.join(this.dir, 'pg');
		fs.mkdirSync(data);
		fs.chmodSync(this.dir, 0o755);
		if (os.userInfo().uid === 0) await run('chown', ['postgres', data]);
		await this.asPostgres(path.join(bin, 'initdb'), [
			'-D',
			data,
			'-U',
			'n8n',
			'--auth=trust',
			'-E',
			'UTF8',
		]);
		this.pgPort = await freePort();
		await this.asPostgres(path.join(bin, 'pg_ctl'), [
			'-D',
			data,
			'-w',
			'-l',
			path.join(data, 'server.log'),
			'-o',
			`-p ${this.pgPort} -k ${data} -c listen_addresses=127.0.0.1`,
			'start',
		]);
		await run(path.join(bin, 'createdb'), [
			'-h',
			'127.0.0.1',
			'-p',
			String(this.pgPort),
			'-U',
			'n8n',
			'n8n',
		]);

		this.redisPort = await freePort();
		this.redis = spawn(
			'redis-server',
			['--port', String(this.redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
			{
				stdio: 'ignore',
			},
		);
		for (let i = 0; i < 50; i++) {
			try {
				const { stdout } = await run('redis-cli', ['-p', String(this.redisPort), 'ping']);
				if (stdout.trim() === 'PONG') return;
			} catch {
				// not up yet
			}
			await new Promise((r) => setTimeout(r, 100));
		}
		throw new Error('Redis did not start');
	}

	/** Environment that puts n8n in queue mode on this PostgreSQL and Redis. */
	env(): Record<string, string> {
		const pg = this.external?.pg ?? {
			user: 'n8n',
			password: '',
			host: '127.0.0.1',
			port: String(this.pgPort),
			database: 'n8n',
		};
		const redis = this.external?.redis ?? { host: '127.0.0.1', port: String(this.redisPort) };
		return {
			DB_TYPE: 'postgresdb',
			DB_POSTGRESDB_HOST: pg.host,
			DB_POSTGRESDB_PORT: pg.port,
			DB_POSTGRESDB_DATABASE: pg.database,
			DB_POSTGRESDB_USER: pg.user,
			DB_POSTGRESDB_PASSWORD: pg.password,
			EXECUTIONS_MODE: 'queue',
			QUEUE_BULL_REDIS_HOST: redis.host,
			QUEUE_BULL_REDIS_PORT: redis.port,
		};
	}

	async stop(): Promise<void> {
		if (this.external) {
			fs.rmSync(this.dir, { recursive: true, force: true });
			return;
		}
		this.redis?.kill('SIGTERM');
		try {
			await this.asPostgres(path.join(postgresBin(), 'pg_ctl'), [
				'-D',
				path.join(this.dir, 'pg'),
				'-m',
				'fast',
				'-w',
				'stop',
			]);
		} catch {
			// already stopped
		}
		fs.rmSync(this.dir, { recursive: true, force: true });
	}
}
