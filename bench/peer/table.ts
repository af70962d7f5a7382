import type { FakeStats } from './fake';
import type { PeerScenario, SideKind } from './scenarios';

export interface SideResult {
	scenario: string;
	side: SideKind;
	label: string;
	items: number;
	/** The node's executionTime in n8n's execution record. */
	nodeMs: number;
	failed: number;
	fake: FakeStats;
	/** Why the run is not a fair measurement, if it is not (a missing option, a failed run). */
	remark?: string;
}

export const SIDE_LABELS: Record<SideKind, string> = {
	ours: 'our node (default options)',
	oursSerial: 'our node, Requests in Parallel = 1',
	http: 'HTTP Request node (Header Auth)',
	httpBatched: 'HTTP Request node, batching at the limit',
};

const x = (ratio: number | undefined) =>
	ratio === undefined || !Number.isFinite(ratio) ? '—' : `${ratio.toFixed(2)}×`;

/** One Markdown table per scenario, with the ratios the targets are stated in. */
export function formatScenario(
	s: PeerScenario,
	rows: SideResult[],
	minimumMs: number | undefined,
): string {
	const http = rows.find((r) => r.side === 'http');
	const head = [
		'side',
		's',
		'items/s',
		'ms/item',
		'failed',
		'requests',
		'429s',
		'peak conc.',
		'sent twice',
		'× HTTP Request',
		"× limit's min.",
	];
	const body = rows.map((r) =>
		Number.isNaN(r.nodeMs)
			? [r.label + (r.remark ? ` (${r.remark})` : ''), ...head.slice(1).map(() => '—')]
			: [
					r.label + (r.remark ? ` (${r.remark})` : ''),
					(r.nodeMs / 1000).toFixed(2),
					((r.items / r.nodeMs) * 1000).toFixed(0),
					(r.nodeMs / r.items).toFixed(2),
					String(r.failed),
					String(r.fake.requests),
					String(r.fake.throttled),
					String(r.fake.peakConcurrency),
					String(r.fake.sentTwice),
					x(http && r !== http ? r.nodeMs / http.nodeMs : undefined),
					x(minimumMs ? r.nodeMs / minimumMs : undefined),
				],
	);
	const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
	const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
	const min = minimumMs ? `; limit's theoretical minimum ${(minimumMs / 1000).toFixed(2)} s` : '';
	return [
		`### ${s.id}. ${s.title}${min}`,
		...(s.note ? [`${s.note}`] : []),
		'',
		line(head),
		`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
		...body.map(line),
	].join('\n');
}

/** Which targets the figures meet. */
export function verdicts(
	scenarios: PeerScenario[],
	results: SideResult[],
	minimum: (s: PeerScenario) => number | undefined,
): string[] {
	const out: string[] = [];
	const of = (id: string, side: SideKind) =>
		results.find((r) => r.scenario === id && r.side === side);
	const say = (ok: boolean, text: string) => out.push(`- ${ok ? 'MET' : 'NOT MET'}: ${text}`);
	for (const s of scenarios) {
		const ours = of(s.id, 'ours');
		const http = of(s.id, 'http');
		if (!ours) continue;
		if (Number.isNaN(ours.nodeMs)) {
			out.push(`- NOT MEASURED: scenario ${s.id} (${ours.remark ?? 'no figure'})`);
			continue;
		}
		if (s.id === '1' && http) {
			const ratio = ours.nodeMs / http.nodeMs;
			say(
				ratio <= 1 && ours.failed === 0,
				`scenario 1 ≤ 1.0× the HTTP Request node, 0 failed: ${ratio.toFixed(2)}×, ${ours.failed} failed`,
			);
		}
		const min = minimum(s);
		if (min && s.bound && s.requestsNeeded <= s.bound.perWindow) {
			out.push(`- NO VERDICT: scenario ${s.id} fits in the limit's burst (raise BENCH_N)`);
		} else if (min) {
			const ratio = ours.nodeMs / min;
			say(
				ratio <= 1.1 && ours.failed === 0 && ours.fake.sentTwice === 0,
				`scenario ${s.id} ≤ 1.1× the limit's minimum, 0 failed, 0 sent twice: ${ratio.toFixed(2)}×, ${ours.failed} failed, ${ours.fake.sentTwice} sent twice` +
					(http ? ` (HTTP Request node: ${http.failed} of ${http.items} failed)` : ''),
			);
		}
		if (s.id === '4' && http) {
			const ratio = ours.nodeMs / ours.items / (http.nodeMs / http.items);
			say(
				ratio <= 0.8,
				`scenario 4 per-item time ≤ 0.8× the HTTP Request node's: ${(ours.nodeMs / ours.items).toFixed(2)} vs ${(http.nodeMs / http.items).toFixed(2)} ms/item = ${ratio.toFixed(2)}×`,
			);
		}
	}
	return out;
}
