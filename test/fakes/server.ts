/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals */
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
	method: string;
	/** Raw path as received, percent-encoding kept. */
	path: string;
	query: Record<string, string>;
	headers: http.IncomingHttpHeaders;
	body: unknown;
	rawBody: string;
}

export interface FakeResponse {
	status: number;
	body?: unknown;
	headers?: Record<string, string>;
	/** Send this text as-is instead of JSON (HTML pages, malformed JSON). */
	raw?: string;
	/** Destroy the socket without answering. */
	drop?: boolean;
	/** Wait before answering (timeouts). */
	delayMs?: number;
}

export type Handler = (req: RecordedRequest, params: Record<string, string>) => FakeResponse;

interface Route {
	method: string;
	pattern: RegExp;
	keys: string[];
	handler: Handler;
}

interface Fault {
	response: FakeResponse;
	times: number;
	match?: (req: RecordedRequest) => boolean;
}

/**
 * A provider stand-in on 127.0.0.1: real HTTP on a random port, a route
 * table, an auth check, injectable faults, and a record of every request.
 */
export class FakeServer {
	readonly requests: RecordedRequest[] = [];

	private readonly routes: Route[] = [];

	private readonly faults: Fault[] = [];

	private server?: http.Server;

	baseUrl = '';

	constructor(
		private readonly prefix: string,
		private readonly authenticate: (req: RecordedRequest) => FakeResponse | undefined,
		private readonly notFound: (req: RecordedRequest) => FakeResponse,
	) {}

	/** Adds a route; `:name` matches one raw path segment (decoded into params). */
	on(method: string, path: string, handler: Handler): this {
		const keys: string[] = [];
		const source = path
			.replace(/[.+*?^${}()|[\]\\]/g, '\\$&')
			.replace(/:(\w+)/g, (_, key: string) => {
				keys.push(key);
				return '([^/]+)';
			});
		this.routes.push({ method, pattern: new RegExp(`^${this.prefix}${source}/?$`), keys, handler });
		return this;
	}

	/** The next `times` matching requests get `response` instead of the normal answer. */
	failNext(response: FakeResponse, times = 1, match?: (req: RecordedRequest) => boolean): void {
		this.faults.push({ response, times, match });
	}

	clearFaults(): void {
		this.faults.length = 0;
	}

	/**
	 * What a provider does for an event: POSTs `body` (JSON) to each URL, one
	 * after the other, and answers each delivery's HTTP status.
	 */
	async deliverTo(
		urls: string[],
		body: unknown,
		headers: (raw: string, url: string) => Record<string, string> = () => ({}),
	): Promise<number[]> {
		const raw = JSON.stringify(body);
		const statuses: number[] = [];
		for (const url of urls) {
			const answer = await fetch(url, {
				method: 'POST',
				headers: { 'content-type': 'application/json', ...headers(raw, url) },
				body: raw,
			});
			await answer.text();
			statuses.push(answer.status);
		}
		return statuses;
	}

	private hold?: { until: Promise<void>; match: (req: RecordedRequest) => boolean };

	/**
	 * From now on every (matching) request is handled as usual (a subscription
	 * is created) but its answer waits until the returned function is called.
	 */
	holdAnswers(match: (req: RecordedRequest) => boolean = () => true): () => void {
		let release!: () => void;
		this.hold = { until: new Promise<void>((resolve) => (release = resolve)), match };
		return () => {
			this.hold = undefined;
			release();
		};
	}

	private limit?: {
		perWindow: number;
		windowMs: number;
		windowStart: number;
		used: number;
		body: unknown;
	};

	/**
	 * Enforces a rate limit: at most `perWindow` requests per fixed window;
	 * beyond it, 429 with Retry-After (whole seconds to the window's end).
	 */
	rateLimit(
		perWindow: number,
		windowMs = 1000,
		body: unknown = { detail: 'Request was throttled.' },
	): void {
		this.limit = { perWindow, windowMs, windowStart: Date.now(), used: 0, body };
	}

	clearRateLimit(): void {
		this.limit = undefined;
	}

	/** Requests answered 429 by the rate limit so far. */
	throttled = 0;

	private throttle(): FakeResponse | undefined {
		const limit = this.limit;
		if (!limit) return undefined;
		const now = Date.now();
		if (now - limit.windowStart >= limit.windowMs) {
			limit.windowStart = now;
			limit.used = 0;
		}
		if (++limit.used <= limit.perWindow) return undefined;
		this.throttled++;
		const wait = Math.max(1, Math.ceil((limit.windowStart + limit.windowMs - now) / 1000));
		return { status: 429, headers: { 'retry-after': String(wait) }, body: limit.body };
	}

	requestsTo(method: string, pathPart: string | RegExp): RecordedRequest[] {
		return this.requests.filter(
			(r) =>
				r.method === method &&
				(typeof pathPart === 'string' ? r.path.includes(pathPart) : pathPart.test(r.path)),
		);
	}

	async start(): Promise<string> {
		this.server = http.createServer((req, res) => this.handle(req, res));
		await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
		const { port } = this.server.address() as AddressInfo;
		this.baseUrl = `http://127.0.0.1:${port}${this.prefix}`;
		return this.baseUrl;
	}

	async stop(): Promise<void> {
		if (!this.server) return;
		this.server.closeAllConnections();
		await new Promise<void>((resolve) => this.server!.close(() => resolve()));
	}

	private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
		const chunks: Buffer[] = [];
		req.on('data', (c: Buffer) => chunks.push(c));
		req.on('end', () => {
			const rawBody = Buffer.concat(chunks).toString('utf8');
			const url = new URL(req.url ?? '/', 'http://fake');
			let body: unknown = rawBody;
			if (rawBody && String(req.headers['content-type'] ?? '').includes('json')) {
				try {
					body = JSON.parse(rawBody);
				} catch {
					body = rawBody;
				}
			}
			const recorded: RecordedRequest = {
				method: req.method ?? 'GET',
				path: (req.url ?? '/').split('?')[0],
				query: Object.fromEntries(url.searchParams.entries()),
				headers: req.headers,
				body: rawBody ? body : undefined,
				rawBody,
			};
			this.requests.push(recorded);
			void this.respond(res, this.answer(recorded), recorded);
		});
	}

	private answer(req: RecordedRequest): FakeResponse {
		const fault = this.faults.find((f) => f.times > 0 && (!f.match || f.match(req)));
		if (fault) {
			fault.times--;
			return fault.response;
		}
		const denied = this.authenticate(req);
		if (denied) return denied;
		const throttled = this.throttle();
		if (throttled) return throttled;
		for (const route of this.routes) {
			if (route.method !== req.method) continue;
			const match = route.pattern.exec(req.path);
			if (!match) continue;
			const params: Record<string, string> = {};
			route.keys.forEach((key, i) => (params[key] = decodeURIComponent(match[i + 1])));
			try {
				return route.handler(req, params);
			} catch (error) {
				return { status: 500, body: { error: String(error) } };
			}
		}
		return this.notFound(req);
	}

	private async respond(
		res: http.ServerResponse,
		response: FakeResponse,
		req: RecordedRequest,
	): Promise<void> {
		if (this.hold?.match(req)) await this.hold.until;
		if (response.delayMs) await new Promise((r) => setTimeout(r, response.delayMs));
		if (response.drop) {
			res.socket?.destroy();
			return;
		}
		const headers: Record<string, string> = { ...response.headers };
		let payload = '';
		if (response.raw !== undefined) {
			payload = response.raw;
			headers['content-type'] ??= 'text/html';
		} else if (response.body !== undefined) {
			payload = JSON.stringify(response.body);
			headers['content-type'] ??= 'application/json';
		}
		res.writeHead(response.status, headers);
		res.end(payload);
	}
}

/** A random credential value for a fake provider. */
export function testKey(label: string): string {
	return `${label}-${randomBytes(8).toString('hex')}`;
}

/** Slices `list` the way a page-number API does. */
export function pageOf<T>(list: T[], page: number, size: number): T[] {
	return list.slice(page * size, page * size + size);
}
