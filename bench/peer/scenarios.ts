import { SlidingLogThrottle } from '../../test/fakes/throttle';
import type { Limit } from './fake';

export type SideKind = 'ours' | 'oursSerial' | 'http' | 'httpBatched';

export interface PeerScenario {
	id: string;
	title: string;
	provider: 'weni' | 'spoki';
	/** What the node under test does with each item. */
	operation: 'weniSend' | 'spokiTemplate' | 'spokiUpsert';
	items: number;
	latencyMs: number;
	limits: Limit[];
	/** The HTTP Request node's batching, set to the limit "as a careful user would". */
	httpBatch?: { size: number; intervalMs: number };
	/** Requests the whole job needs at best (bulk: chunks of 500). */
	requestsNeeded: number;
	/** Which limit bounds the job, for the theoretical minimum. */
	bound?: Limit;
	note?: string;
}

const post = (path: string, type?: string) => (method: string, p: string, body: unknown) =>
	method === 'POST' &&
	p === path &&
	(type === undefined || (body as { type?: string } | undefined)?.type === type);

/**
 * The limit's theoretical minimum for `requests` requests through DRF's sliding log: each
 * window's `perWindow` go at once, the next batch when the first of them leaves the window,
 * and the last one still takes one round trip: `(ceil(N / perWindow) - 1) × windowMs + latency`.
 */
export function theoreticalMinimumMs(s: PeerScenario): number | undefined {
	const limit = s.bound;
	if (!limit) return undefined;
	return new SlidingLogThrottle(limit.perWindow, limit.windowMs).minimumMs(
		s.requestsNeeded,
		s.latencyMs,
	);
}

/**
 * The peer scenarios. `n` is the item count (1,000 by default); the bulk upsert
 * carries 1.2 × n contacts. `minuteMs` is the length of Spoki's "minute" once scaled
 * down so that scenario 3 runs in under a minute.
 */
export function peerScenarios(n: number, minuteMs: number): PeerScenario[] {
	const weniSends: Limit = {
		scope: 'weni messages',
		matches: post('/api/v2/messages.json'),
		perWindow: 50,
		windowMs: 1000,
	};
	// Spoki's limits, per minute: template sends 60 and text sends 120 (Spoki's Postman collection as
	// quoted in MambuSRL/spoki_whatsapp src/Spoki.php@77b4304), contacts/sync_all/ 1 (Composio's
	// Spoki tool descriptions only; see nodes/Spoki/provider.ts).
	const templates: Limit = {
		scope: 'spoki template sends',
		matches: post('/api/1/messages/send/', 'Template'),
		perWindow: 60,
		windowMs: minuteMs,
	};
	const texts: Limit = {
		scope: 'spoki text sends',
		matches: post('/api/1/messages/send/', 'Message'),
		perWindow: 120,
		windowMs: minuteMs,
	};
	const syncAll: Limit = {
		scope: 'spoki contacts/sync_all',
		matches: post('/api/1/contacts/sync_all/'),
		perWindow: 1,
		windowMs: minuteMs,
	};
	const contacts = Math.round(n * 1.2);
	const scaled = `Spoki's minute scaled to ${(minuteMs / 1000).toFixed(1)} s`;
	return [
		{
			id: '1',
			title: `Weni: ${n} sends, 50 ms latency, no limit`,
			provider: 'weni',
			operation: 'weniSend',
			items: n,
			latencyMs: 50,
			limits: [],
			requestsNeeded: n,
		},
		{
			id: '2',
			title: `Weni: ${n} sends, 50 ms latency, limit 50/s`,
			provider: 'weni',
			operation: 'weniSend',
			items: n,
			latencyMs: 50,
			limits: [weniSends],
			httpBatch: { size: 50, intervalMs: 1000 },
			requestsNeeded: n,
			bound: weniSends,
		},
		{
			id: '3a',
			title: `Spoki: ${n} template sends, 50 ms latency, 60/min (${scaled})`,
			provider: 'spoki',
			operation: 'spokiTemplate',
			items: n,
			latencyMs: 50,
			limits: [templates, texts, syncAll],
			httpBatch: { size: 60, intervalMs: minuteMs },
			requestsNeeded: n,
			bound: templates,
		},
		{
			id: '3b',
			title: `Spoki: upsert ${contacts} contacts, 50 ms latency, sync_all 1/min (${scaled})`,
			provider: 'spoki',
			operation: 'spokiUpsert',
			items: contacts,
			latencyMs: 50,
			limits: [templates, texts, syncAll],
			requestsNeeded: Math.ceil(contacts / 500),
			bound: syncAll,
			note: 'HTTP Request node: one contacts/sync/ request per item (Spoki documents no limit for it; it has no bulk path)',
		},
		{
			id: '4',
			title: `Weni: ${n} sends, zero latency, no limit (per-item cost)`,
			provider: 'weni',
			operation: 'weniSend',
			items: n,
			latencyMs: 0,
			limits: [],
			requestsNeeded: n,
		},
	];
}
