import type { IExecuteFunctions, IWebhookFunctions } from 'n8n-workflow';

import { apiFailureOf } from '../errors';
import type { WaitChannel } from './channel';
import { ourRegistration, SINCE_PARAM } from './url';

/** At most this many other waits are asked "still waiting?" per cleanup, so one costs a bounded number of requests. */
const MAX_PROBES = 5;

/** A registration younger than this is never probed: its wait may be a moment from sending. */
const PROBE_AFTER_MS = 60_000;

type Ctx = IExecuteFunctions | IWebhookFunctions;

/**
 * Whether the wait behind `url` still waits: a GET of its registered URL
 * (unchanged, so n8n's signature holds) reaches our webhook only while the
 * execution waits, which answers `{waiting: true}` without resuming; an ended
 * execution gets n8n's own answer (404, 409, or its "no action required" page).
 */
async function stillWaiting(ctx: Ctx, url: string): Promise<boolean> {
	try {
		const answer = (await ctx.helpers.httpRequest({
			method: 'GET',
			url,
			json: true,
			timeout: 5_000,
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
		})) as { statusCode?: number; body?: unknown };
		if ((answer.body as { waiting?: unknown } | undefined)?.waiting === true) return true;
		// Only n8n's "gone" answers end a wait; anything else (a proxy's 502…) proves nothing.
		return ![200, 404, 409, 410].includes(answer.statusCode ?? 0);
	} catch {
		return true; // n8n unreachable from itself: keep the registration
	}
}

/**
 * Removes the registrations of waits that ended without an answer reaching
 * them: `current` (this wait's own, when it is answered), every one whose
 * time limit passed (n8n resumed it on timeout without running our code),
 * and those of stopped executions found by a few probes. One list request,
 * one delete per ended wait. Failures are logged, never thrown: a cleanup
 * must not fail the run that does it.
 */
export async function removeEndedRegistrations(
	ctx: Ctx,
	channel: WaitChannel,
	origin: string,
	current?: string,
): Promise<void> {
	try {
		const now = Date.now();
		const ours = (await channel.registrations(ctx))
			.map((r) => ({ ...r, wait: ourRegistration(r.url, origin) }))
			.filter((r) => r.wait !== undefined);
		const ended = ours.filter(
			(r) => r.wait!.executionPath === current || (r.wait!.until > 0 && r.wait!.until < now),
		);
		// A random few, so that many live waits do not hide an ended one behind them forever.
		const others = ours
			.filter((r) => !ended.includes(r) && r.wait!.executionPath !== current)
			.sort(() => Math.random() - 0.5);
		let probes = 0;
		for (const r of others) {
			if (probes >= MAX_PROBES) break;
			const created = Number(new URL(r.url).searchParams.get(SINCE_PARAM) ?? 0);
			if (created && now - created < PROBE_AFTER_MS) continue;
			probes++;
			if (!(await stillWaiting(ctx, r.url))) ended.push(r);
		}
		for (const r of ended) {
			await channel.remove(ctx, r.id).catch((error: Error) => {
				if (apiFailureOf(error)?.status === 404) return;
				ctx.logger.warn(`Could not remove the registration ${r.id} of a wait: ${error.message}`);
			});
		}
	} catch (error) {
		ctx.logger.warn(`Could not list the registrations of waits: ${(error as Error).message}`);
	}
}
