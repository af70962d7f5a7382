import type { INodeProperties } from 'n8n-workflow';

import { RETRY_POLICY } from '../retry';

/** How one node run sends its requests; read once per run from the node's "Request Options". */
export interface RunSettings {
	/** Requests of this run in flight at once (1 = one item after the other). */
	parallel: number;
	/** Longest a request may wait for a rate limit (pacing and 429s together). */
	maxWaitMs: number;
	/** A request with no answer after this long fails (a read is retried). */
	timeoutMs: number;
}

export const DEFAULT_MAX_WAIT_S = 300;
/** A wait longer than this is announced (node log, and the editor in a manual run). */
export const ANNOUNCE_WAIT_MS = 3_000;

const settings = new WeakMap<object, RunSettings>();

export function setRunSettings(ctx: object, value: RunSettings): void {
	settings.set(ctx, value);
}

/** The run's settings; contexts without any (dropdowns, triggers) send one request at a time. */
export function runSettings(ctx: object): RunSettings {
	return (
		settings.get(ctx) ?? {
			parallel: 1,
			maxWaitMs: DEFAULT_MAX_WAIT_S * 1000,
			timeoutMs: RETRY_POLICY.timeoutMs,
		}
	);
}

/** The "Request Options" every action node carries, below the operation's own fields. */
export function requestOptionsProperty(defaultParallel: number): INodeProperties {
	return {
		displayName: 'Request Options',
		name: 'requestOptions',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		// Settings of the node's requests, not of one item: no expressions, so an AI tool offers no
		// "let the model define it" button for them.
		options: [
			{
				displayName: 'Max Wait (Seconds)',
				name: 'maxWait',
				type: 'number',
				typeOptions: { minValue: 0 },
				noDataExpression: true,
				default: DEFAULT_MAX_WAIT_S,
				description:
					"Longest an item may wait for the provider's rate limit before it fails; waits are announced in the log",
			},
			{
				displayName: 'Requests in Parallel',
				name: 'parallel',
				type: 'number',
				typeOptions: { minValue: 1, maxValue: 100 },
				noDataExpression: true,
				default: defaultParallel,
				description:
					"How many items' requests may be in flight at once, within the provider's rate limits. Messages to the same recipient are always sent one after the other, in item order. 1 sends one item after the other.",
			},
			{
				displayName: 'Timeout (Milliseconds)',
				name: 'timeout',
				type: 'number',
				typeOptions: { minValue: 1 },
				noDataExpression: true,
				default: 60000, // RETRY_POLICY.timeoutMs
				description:
					'Time in ms to wait for the provider to answer a request before it fails (a read is then retried; a send is reported, never repeated)',
			},
		],
	};
}
