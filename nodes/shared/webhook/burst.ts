import type { IDataObject } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

export interface Burst {
	key: string;
	items: IDataObject[];
	firstAt: number;
	lastAt: number;
}

/** Open bursts by workflow, node and conversation, in this process's memory. */
const open = new Map<string, Burst>();

/**
 * Collects the messages of one conversation that arrive close together.
 *
 * `joinBurst` adds a message: to the conversation's open burst (returns
 * undefined: this delivery starts nothing), or as the first of a new one
 * (returns it). The delivery that opened a burst then awaits `closeBurst`:
 * it waits until `quietMs` has passed since the burst's latest message, or
 * `maxMs` since its first, whichever comes first, closes the burst and gets
 * every message in arrival order, to start one execution. Closing and
 * reading happen in one turn of the event loop, so a message is either in
 * the closed burst or opens the next one, never lost.
 *
 * Held in memory: a burst lives in the process that received its first
 * message (see the README on queue mode), and is gone if that process stops
 * before the quiet period ends.
 */
export function joinBurst(key: string, item: IDataObject): Burst | undefined {
	const now = Date.now();
	const current = open.get(key);
	if (current) {
		current.items.push(item);
		current.lastAt = now;
		return undefined;
	}
	const burst: Burst = { key, items: [item], firstAt: now, lastAt: now };
	open.set(key, burst);
	return burst;
}

export async function closeBurst(
	burst: Burst,
	quietMs: number,
	maxMs: number,
): Promise<IDataObject[]> {
	for (;;) {
		const wait = Math.min(burst.lastAt + quietMs, burst.firstAt + maxMs) - Date.now();
		if (wait <= 0) break;
		await sleep(wait);
	}
	open.delete(burst.key);
	return burst.items;
}
