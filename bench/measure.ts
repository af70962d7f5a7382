/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports */
import http from 'node:http';
import { performance } from 'node:perf_hooks';

import axios from 'axios';

import type { RecordedRequest } from '../test/fakes/server';

export interface Measurement {
	ms: number;
	/** Peak heap in use above the starting point, sampled every 2 ms, in MB. */
	peakMb: number;
	/** Heap still held by the result after a full GC (the output's size in memory), in MB. */
	retainedMb: number;
}

/** Runs `fn` after a full GC and reports its wall time and peak heap growth. */
export async function measure(
	fn: () => Promise<unknown>,
): Promise<Measurement & { result: unknown }> {
	const gc = (globalThis as { gc?: () => void }).gc;
	gc?.();
	const base = process.memoryUsage().heapUsed;
	let peak = base;
	const sampler = setInterval(() => {
		peak = Math.max(peak, process.memoryUsage().heapUsed);
	}, 2);
	const started = performance.now();
	const result = await fn();
	const ms = performance.now() - started;
	clearInterval(sampler);
	peak = Math.max(peak, process.memoryUsage().heapUsed);
	gc?.();
	const retained = process.memoryUsage().heapUsed - base;
	return { ms, peakMb: (peak - base) / 1024 / 1024, retainedMb: retained / 1024 / 1024, result };
}

/**
 * Peak of live heap while `fn` runs: a full GC every 100 ms before each
 * sample, so garbage not yet collected does not count (an untimed run).
 */
export async function livePeak(
	fn: () => Promise<unknown>,
): Promise<{ peakMb: number; retainedMb: number }> {
	const gc = (globalThis as { gc?: () => void }).gc;
	if (!gc) throw new Error('run node with --expose-gc');
	gc();
	const base = process.memoryUsage().heapUsed;
	let peak = base;
	let running = true;
	let timer: NodeJS.Timeout | undefined;
	// Sample at most every 100 ms, and never spend more than ~10% of the time in these GCs.
	const sample = () => {
		const started = Date.now();
		gc();
		peak = Math.max(peak, process.memoryUsage().heapUsed);
		if (running) timer = setTimeout(sample, Math.max(100, (Date.now() - started) * 10));
	};
	timer = setTimeout(sample, 100);
	const result = await fn();
	running = false;
	clearTimeout(timer);
	gc();
	const retained = process.memoryUsage().heapUsed;
	peak = Math.max(peak, retained);
	void result;
	return { peakMb: (peak - base) / 1024 / 1024, retainedMb: (retained - base) / 1024 / 1024 };
}

const keepAlive = new http.Agent({ keepAlive: true });

/**
 * The plain HTTP loop: replays, one after the other with axios, exactly the
 * requests the node sent (method, URL, headers, body), and keeps every
 * response body, as a hand-written integration would. `reuseConnections`
 * false opens a connection per request, as n8n's own HTTP helper does (it
 * builds a new agent for every request), so the engine's cost shows apart
 * from the transport's.
 */
export async function plainLoop(
	baseOrigin: string,
	requests: RecordedRequest[],
	reuseConnections = true,
): Promise<unknown[]> {
	const bodies: unknown[] = [];
	for (const r of requests) {
		const query = new URLSearchParams(r.query).toString();
		const headers: Record<string, string> = {};
		for (const [k, v] of Object.entries(r.headers)) {
			if (typeof v === 'string' && !['host', 'content-length', 'connection'].includes(k))
				headers[k] = v;
		}
		let attempt = 0;
		for (;;) {
			const response = await axios.request({
				method: r.method,
				url: `${baseOrigin}${r.path}${query ? `?${query}` : ''}`,
				headers,
				data: r.rawBody || undefined,
				httpAgent: reuseConnections ? keepAlive : new http.Agent({ keepAlive: false }),
				validateStatus: () => true,
			});
			// The loop honours Retry-After too, so rate-limited runs compare like for like.
			if (response.status === 429 && attempt++ < 10) {
				await new Promise((resolve) =>
					setTimeout(resolve, Number(response.headers['retry-after'] ?? 1) * 1000),
				);
				continue;
			}
			bodies.push(response.data);
			break;
		}
	}
	return bodies;
}
