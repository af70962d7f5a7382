import type { Decision } from './fake';

/**
 * Where a throttled run lost time against the ideal schedule of a sliding log (R per D): the
 * ideal accepts request k exactly when request k − R leaves the window, so every accepted request
 * past the first R is late by `slack = at(k) − (at(k − R) + D)`. The run's excess over the ideal
 * is the slack summed along each chain k, k + R, k + 2R…, so a large slack with few 429s is a
 * sender that waited (or could not send: CPU), many 429s a sender that tried too early.
 */
export interface ScheduleReport {
	accepted: number;
	refused: number;
	/** First decision to last acceptance, ms. */
	spanMs: number;
	/** The same for the ideal sender: (ceil(N / R) − 1) × D. */
	idealSpanMs: number;
	/** Slack of the accepted requests past the first R, ms: median, 90th percentile, max. */
	slackMs: { p50: number; p90: number; max: number };
	/** The fake's own lag: decided later than arrival + latency (its event loop was busy), ms. */
	fakeLagMs: { p50: number; max: number };
	/** The first R requests: how long from the first to the R-th acceptance, ms. */
	firstWindowMs: number;
}

const quantile = (sorted: number[], q: number) =>
	sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : NaN;

function scheduleReport(
	decisions: Decision[],
	perWindow: number,
	windowMs: number,
	latencyMs: number,
): ScheduleReport | undefined {
	const accepted = decisions.filter((d) => d.accepted).map((d) => d.at);
	if (!accepted.length) return undefined;
	const slack = accepted
		.slice(perWindow)
		.map((at, i) => at - (accepted[i] + windowMs))
		.sort((a, b) => a - b);
	const lag = decisions.map((d) => d.at - d.arrivedAt - latencyMs).sort((a, b) => a - b);
	return {
		accepted: accepted.length,
		refused: decisions.length - accepted.length,
		spanMs: accepted[accepted.length - 1] - decisions[0].at,
		idealSpanMs: (Math.ceil(accepted.length / perWindow) - 1) * windowMs,
		slackMs: { p50: quantile(slack, 0.5), p90: quantile(slack, 0.9), max: slack.at(-1) ?? 0 },
		fakeLagMs: { p50: quantile(lag, 0.5), max: lag.at(-1) ?? 0 },
		firstWindowMs: accepted[Math.min(perWindow, accepted.length) - 1] - accepted[0],
	};
}

/** One line for the benchmark's log. */
function formatSchedule(r: ScheduleReport): string {
	return [
		`schedule: ${r.accepted} accepted, ${r.refused} refused`,
		`first to last accepted ${(r.spanMs / 1000).toFixed(2)} s (ideal ${(r.idealSpanMs / 1000).toFixed(2)} s)`,
		`first window filled in ${r.firstWindowMs} ms`,
		`slack per request p50 ${r.slackMs.p50} / p90 ${r.slackMs.p90} / max ${r.slackMs.max} ms`,
		`fake's lag p50 ${r.fakeLagMs.p50} / max ${r.fakeLagMs.max} ms`,
	].join('; ');
}

/** The schedule's line for a run against a bounded scenario ('' when nothing was accepted). */
export function scheduleLine(
	decisions: Decision[],
	bound: { perWindow: number; windowMs: number },
	latencyMs: number,
): string {
	const report = scheduleReport(decisions, bound.perWindow, bound.windowMs, latencyMs);
	return report ? formatSchedule(report) : '';
}
