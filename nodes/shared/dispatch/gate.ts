import type { IDataObject, IExecuteFunctions, INode } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { attachFailure } from '../errors';
import type { Provider } from '../provider';
import type { ApiRequest, RequestContext } from '../transport';
import type { RateLimit, Ticket } from './limits';
import { windowFor } from './limits';
import { ANNOUNCE_WAIT_MS, runSettings } from './settings';

/** Every request of a credential counts against this budget, so a provider's "nothing left" stops them all. */
const WHOLE_CREDENTIAL: RateLimit = { scope: 'all requests', limit: Infinity, perMs: 1 };

/**
 * The rate windows one request passes before each attempt: the credential's
 * whole budget, then the provider's documented limits for the request, most
 * specific last. `wait` takes a slot in each (or refuses when the wait would
 * pass the run's Max Wait); `heard` and `refused` let the provider's answer
 * hold them back.
 */
export interface RateGate {
	/** The time (ms since the epoch) after which the request may no longer wait. */
	readonly deadline: number;
	/** Waits for every window; throws a NodeApiError (nothing sent) past Max Wait. */
	wait(): Promise<void>;
	/**
	 * The provider answered with `status`: anything but a 429 took its slot in every window (what a
	 * learnt budget counts); a budget reported in the headers with none left blocks every window.
	 */
	heard(headers: IDataObject, status: number): void;
	/** The provider refused (429) and asked for `waitMs`: all windows wait, the most specific learns. */
	refused(waitMs: number): void;
}

export function rateGate(
	ctx: RequestContext,
	provider: Provider,
	credentialKey: string,
	req: ApiRequest,
	itemIndex: number,
): RateGate {
	const { maxWaitMs } = runSettings(ctx);
	const deadline = Date.now() + maxWaitMs;
	const windows = [WHOLE_CREDENTIAL, ...(provider.limits?.(req) ?? [])].map((limit) =>
		windowFor(credentialKey, limit),
	);
	// This request's place in each window, so that what the provider answers is told to it.
	const tickets: Ticket[] = windows.map(() => ({}));
	return {
		deadline,
		async wait() {
			for (const [i, window] of windows.entries()) {
				const neededMs = await window.take(
					deadline,
					(ms) => announceWait(ctx, provider, window.scope, ms, itemIndex),
					tickets[i],
				);
				if (neededMs !== undefined)
					throw tooLong(ctx.getNode(), provider, window.scope, neededMs, maxWaitMs, itemIndex);
			}
		},
		heard(headers, status) {
			if (status !== 429) windows.forEach((window, i) => window.answered(tickets[i]));
			const budget = provider.budget?.(headers);
			if (budget && budget.remaining <= 0)
				for (const window of windows) window.block(budget.resetAt);
		},
		refused(waitMs) {
			const until = Date.now() + waitMs;
			// The most specific window learns; the others wait it out unless what it learnt accounts for it.
			const last = windows.length - 1;
			if (!windows[last].refused(until, waitMs, tickets[last]))
				for (const window of windows.slice(0, -1)) window.block(until);
		},
	};
}

/** Tells the user (node log always, the editor in a manual run) that a request waits for a rate limit. */
function announceWait(
	ctx: RequestContext,
	provider: Provider,
	scope: string,
	ms: number,
	itemIndex: number,
): void {
	if (ms < ANNOUNCE_WAIT_MS) return;
	const text = `${provider.displayName}: item ${itemIndex} waits ${Math.ceil(ms / 1000)} s for the rate limit "${scope}"`;
	ctx.logger?.info(text);
	const ui = (ctx as Partial<IExecuteFunctions>).sendMessageToUI;
	if (typeof ui === 'function') ui.call(ctx, text);
}

/** The Max Wait refusal: the request is not sent at all. */
function tooLong(
	node: INode,
	provider: Provider,
	scope: string,
	neededMs: number,
	maxWaitMs: number,
	itemIndex: number,
): NodeApiError {
	const text = `would wait ${Math.ceil(neededMs / 1000)} s for "${scope}", longer than Max Wait (${Math.round(maxWaitMs / 1000)} s)`;
	const error = new NodeApiError(
		node,
		{ message: text },
		{
			message: `${provider.displayName} rate limit: item ${itemIndex} ${text}`,
			description:
				'Nothing was sent for this item. Raise "Max Wait" in Request Options, or send fewer items per run.',
			itemIndex,
		},
	);
	return attachFailure(error, { status: 0, body: undefined, mayHaveActed: false });
}
