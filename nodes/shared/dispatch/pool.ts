/**
 * Runs `count` tasks with at most `concurrency` at once. Tasks that share a
 * key (a recipient) run one after the other in index order; others overlap.
 * Once `stopped()` is true, no task starts; those already running finish.
 * A task reports its own failure: it must not reject.
 */
export async function runPool(
	count: number,
	concurrency: number,
	keyOf: (index: number) => string | undefined,
	task: (index: number) => Promise<void>,
	stopped: () => boolean,
): Promise<void> {
	const limit = Math.max(1, Math.floor(concurrency));
	let running = 0;
	const waiting: Array<() => void> = [];
	const acquire = async () => {
		if (running < limit) {
			running++;
			return;
		}
		await new Promise<void>((resolve) => waiting.push(resolve));
	};
	const release = () => {
		const next = waiting.shift();
		if (next) next();
		else running--;
	};

	const tails = new Map<string, Promise<void>>();
	const pending = new Set<Promise<void>>();
	for (let index = 0; index < count; index++) {
		if (stopped()) break;
		const key = keyOf(index);
		const before = key === undefined ? undefined : tails.get(key);
		const run = (async () => {
			if (before) await before;
			if (stopped()) return;
			await acquire();
			try {
				if (!stopped()) await task(index);
			} finally {
				release();
			}
		})();
		if (key !== undefined) tails.set(key, run);
		pending.add(run);
		const done = () => pending.delete(run);
		run.then(done, done);
		// Bounded look-ahead: a run of 100k items does not hold 100k waiting promises.
		while (pending.size >= limit * 4) await Promise.race(pending);
	}
	await Promise.all(pending);
}
