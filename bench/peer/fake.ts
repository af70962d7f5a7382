/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- a benchmark's fake provider */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

import { SlidingLogThrottle } from '../../test/fakes/throttle';

/**
 * A rate-limit scope of the fake, throttled exactly as Django REST Framework's
 * SimpleRateThrottle does (RapidPro, Weni Flows and Spoki all run on DRF; see
 * test/fakes/throttle.ts): a sliding log of the accepted requests of the last
 * `windowMs`, at most `perWindow` of them; a refused request is not logged and
 * gets 429 with `Retry-After: ceil(wait())`.
 */
export interface Limit {
	scope: string;
	/** Which requests draw on this bucket. */
	matches(method: string, path: string, body: unknown): boolean;
	perWindow: number;
	windowMs: number;
}

interface Scope extends Limit {
	log: SlidingLogThrottle;
}

/** One request a throttled scope decided on: when it arrived, when it was decided, and how. */
export interface Decision {
	arrivedAt: number;
	at: number;
	accepted: boolean;
}

export interface FakeStats {
	requests: number;
	throttled: number;
	peakConcurrency: number;
	/** Message bodies (or bulk records) the fake accepted more than once. */
	sentTwice: number;
	/** Accepted requests or bulk records. */
	accepted: number;
	/** Requests refused for a missing or wrong key (a broken side, not a timing). */
	unauthorized: number;
}

/** Write paths whose bodies are messages to customers. */
const SENDS = new Set([
	'/api/v2/messages.json',
	'/api/v2/broadcasts.json',
	// Weni Flows (weni-ai/flows temba/api/v2/urls.py) sends one WhatsApp message as a broadcast.
	'/api/v2/whatsapp_broadcasts.json',
	'/api/1/messages/send/',
]);

const json = (
	res: http.ServerResponse,
	status: number,
	body: unknown,
	headers: Record<string, string> = {},
) => {
	res.writeHead(status, { 'content-type': 'application/json', ...headers });
	res.end(JSON.stringify(body));
};

/**
 * The write endpoints the benchmark drives, shaped like the real APIs:
 * - Weni (RapidPro API v2): `POST /api/v2/messages.json` and `POST /api/v2/broadcasts.json`,
 *   `Authorization: Token <key>`, 201 with the created object (weni-ai/rapidpro
 *   temba/api/v2/views.py MessagesEndpoint/BroadcastsEndpoint; paths as in
 *   nodes/Weni/resources/message/send.ts and broadcast/send.ts).
 * - Spoki: `POST /api/1/messages/send/` (template and text sends), `POST /api/1/contacts/sync/`
 *   and `POST /api/1/contacts/sync_all/` (a root array of up to 500 records), header
 *   `X-Spoki-Api-Key` (MambuSRL/spoki_whatsapp tests/fixtures/endpoints.json and
 *   src/Api/Messages.php, Contacts.php, via docs/api/audit-spoki-weni.md; paths as in
 *   nodes/Spoki/resources/message/sendTemplate.ts and contact/upsert.ts).
 * Each answer waits `latencyMs`, 429s included (the round trip is the network's).
 */
export class PeerFake {
	latencyMs = 0;

	private scopes: Scope[] = [];

	private server?: http.Server;

	private active = 0;

	private stats: FakeStats = PeerFake.empty();

	private seen = new Map<string, number>();

	/** The throttled requests of this measurement, in the order they were decided. */
	decisions: Decision[] = [];

	baseUrl = '';

	constructor(private readonly keys: { weni: string; spoki: string }) {}

	private static empty(): FakeStats {
		return {
			requests: 0,
			throttled: 0,
			peakConcurrency: 0,
			sentTwice: 0,
			accepted: 0,
			unauthorized: 0,
		};
	}

	/** Starts a fresh measurement: new counters, empty logs. */
	reset(latencyMs: number, limits: Limit[] = []): void {
		this.latencyMs = latencyMs;
		this.scopes = limits.map((l) => ({
			...l,
			log: new SlidingLogThrottle(l.perWindow, l.windowMs),
		}));
		this.stats = PeerFake.empty();
		this.seen.clear();
		this.decisions = [];
	}

	read(): FakeStats {
		return { ...this.stats };
	}

	async start(): Promise<void> {
		this.server = http.createServer((req, res) => this.handle(req, res));
		// Up to a thousand parallel connections from the HTTP Request node.
		this.server.maxConnections = 10_000;
		this.server.keepAliveTimeout = 5_000;
		await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', 1024, resolve));
		this.baseUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
	}

	async stop(): Promise<void> {
		this.server?.closeAllConnections();
		await new Promise<void>((resolve) =>
			this.server ? this.server.close(() => resolve()) : resolve(),
		);
	}

	/** Runs the request through every scope it draws on, as DRF runs a view's throttles; the Retry-After if one refuses. */
	private throttle(
		method: string,
		path: string,
		body: unknown,
		arrivedAt: number,
	): number | undefined {
		const now = Date.now();
		let throttled = false;
		for (const scope of this.scopes) {
			if (!scope.matches(method, path, body)) continue;
			throttled = true;
			const wait = scope.log.allow(now);
			if (wait !== undefined) {
				this.decisions.push({ arrivedAt, at: now, accepted: false });
				return wait;
			}
		}
		if (throttled) this.decisions.push({ arrivedAt, at: now, accepted: true });
		return undefined;
	}

	/** Counts each accepted message body (or bulk record) and how many arrived twice. */
	private accept(units: string[]): void {
		for (const unit of units) {
			const n = (this.seen.get(unit) ?? 0) + 1;
			this.seen.set(unit, n);
			this.stats.accepted++;
			if (n === 2) this.stats.sentTwice++;
		}
	}

	private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
		this.stats.requests++;
		this.active++;
		this.stats.peakConcurrency = Math.max(this.stats.peakConcurrency, this.active);
		res.once('close', () => this.active--);
		const arrivedAt = Date.now();
		const chunks: Buffer[] = [];
		req.on('data', (c: Buffer) => chunks.push(c));
		req.on('end', () => {
			const raw = Buffer.concat(chunks).toString('utf8');
			const method = req.method ?? 'GET';
			const path = (req.url ?? '/').split('?')[0];
			const answer = () => this.route(method, path, req.headers, raw, res, arrivedAt);
			if (this.latencyMs > 0) setTimeout(answer, this.latencyMs);
			else answer();
		});
	}

	private route(
		method: string,
		path: string,
		headers: http.IncomingHttpHeaders,
		raw: string,
		res: http.ServerResponse,
		arrivedAt: number,
	): void {
		const weni = path.startsWith('/api/v2/');
		const authorized = weni
			? headers.authorization === `Token ${this.keys.weni}`
			: headers['x-spoki-api-key'] === this.keys.spoki;
		if (!authorized) {
			this.stats.unauthorized++;
			json(res, 401, { detail: 'Invalid token.' });
			return;
		}
		let body: unknown;
		try {
			body = raw ? JSON.parse(raw) : undefined;
		} catch {
			json(res, 400, { detail: 'JSON parse error' });
			return;
		}
		const wait = this.throttle(method, path, body, arrivedAt);
		if (wait !== undefined) {
			this.stats.throttled++;
			json(
				res,
				429,
				{ detail: `Request was throttled. Expected available in ${wait} seconds.` },
				{ 'retry-after': String(wait) },
			);
			return;
		}
		const id = this.stats.accepted + 1;
		if (method === 'GET' && path === '/api/v2/fields.json') {
			// RapidPro's field shape (key, name, type), should the node detect the API generation.
			json(res, 200, {
				next: null,
				previous: null,
				results: [{ key: 'nick_name', name: 'Nick name', type: 'text' }],
			});
			return;
		}
		if (method === 'POST' && SENDS.has(path)) {
			this.accept([raw]);
			json(res, 201, {
				id,
				status: path.includes('broadcasts') ? 'queued' : 'pending',
				...(body as object),
			});
			return;
		}
		if (method === 'POST' && path === '/api/1/contacts/sync/') {
			this.accept([raw]);
			json(res, 200, { id, ...(body as object) });
			return;
		}
		if (method === 'POST' && path === '/api/1/contacts/sync_all/') {
			if (!Array.isArray(body) || body.length > 500) {
				json(res, 400, { non_field_errors: ['Expected a list of at most 500 items.'] });
				return;
			}
			this.accept(body.map((r) => JSON.stringify(r)));
			json(
				res,
				200,
				body.map((r, i) => ({ id: id + i, ...(r as object) })),
			);
			return;
		}
		json(res, 404, { detail: 'Not found.' });
	}
}
