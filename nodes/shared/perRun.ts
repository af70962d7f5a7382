/**
 * One value per node run (or per trigger activation): n8n gives each run its
 * own context object, so a memo keyed by it lives exactly as long as the run.
 * A failed computation is forgotten, so the next caller tries again.
 */
const memo = new WeakMap<object, Map<string, Promise<unknown>>>();

export async function perRun<T>(ctx: object, key: string, compute: () => Promise<T>): Promise<T> {
	let values = memo.get(ctx);
	if (!values) {
		values = new Map();
		memo.set(ctx, values);
	}
	let pending = values.get(key) as Promise<T> | undefined;
	if (!pending) {
		pending = compute();
		values.set(key, pending);
		pending.catch(() => values.delete(key));
	}
	return await pending;
}
