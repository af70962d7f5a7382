/** One HTTP POST of a load run. */
export interface Shot {
	url: string;
	body: string;
	headers: Record<string, string>;
}

export interface ShotResult {
	status: number;
	ms: number;
	/** The answer's body, kept only when it is not a 200. */
	text?: string;
}

/**
 * Sends `count` POSTs with at most `concurrency` in flight, `make(n)` giving
 * the n-th. A request that fails or takes over 60 s counts as status 0.
 */
export async function runPool(
	count: number,
	concurrency: number,
	make: (n: number) => Shot,
): Promise<{ results: ShotResult[]; ms: number }> {
	const results: ShotResult[] = new Array(count);
	let next = 0;
	const started = performance.now();
	const worker = async () => {
		while (next < count) {
			const n = next++;
			const shot = make(n);
			const t0 = performance.now();
			try {
				const r = await fetch(shot.url, {
					method: 'POST',
					headers: shot.headers,
					body: shot.body,
					signal: AbortSignal.timeout(60_000),
				});
				const text = await r.text();
				results[n] = {
					status: r.status,
					ms: performance.now() - t0,
					text: r.status === 200 ? undefined : text,
				};
			} catch (error) {
				results[n] = { status: 0, ms: performance.now() - t0, text: (error as Error).message };
			}
		}
	};
	await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
	return { results, ms: performance.now() - started };
}

/** The p-th percentile of sorted values (nearest rank). */
export function percentile(sorted: number[], p: number): number {
	if (!sorted.length) return NaN;
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
