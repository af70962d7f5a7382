/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- a benchmark script */
// Reads the --cpu-prof profiles `BENCH_CPU_PROFILE=<dir> npm run bench:peer` wrote
// (scenario 4, our node) and prints where the time of the node's run went:
//   node --import tsx bench/peer/profile.ts <dir>/<side> [items] [marker]
// The node's run is the window from the first sample with the marker frame on the
// stack to the last one with any frame of the marker's URL (default: our executeOperations or runOperations; for the HTTP Request side
// pass execute@HttpRequestV3); every sample in it counts, idle and GC included.
import fs from 'node:fs';
import path from 'node:path';

interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number };
	children?: number[];
}

interface CpuProfile {
	nodes: ProfileNode[];
	samples: number[];
	timeDeltas: number[];
}

const PACKAGE = 'n8n-nodes-messaging-suite/dist';
/** `function@url-part` of the frame that marks the node's run. */
const MARKER = process.argv[4] ?? `executeOperations|runOperations@${PACKAGE}`;
const [markFn, markUrl] = MARKER.split('@');
const isMark = (f: ProfileNode['callFrame']) =>
	markFn.split('|').includes(f.functionName) && f.url.includes(markUrl);

/** Inclusive categories: a sample counts in every category one of its frames falls in. */
const CATEGORIES: Array<[string, (f: ProfileNode['callFrame']) => boolean]> = [
	['our package (dist), inclusive', (f) => f.url.includes(PACKAGE)],
	['getNodeParameter', (f) => f.functionName === 'getNodeParameter'],
	[
		'expression evaluation (Expression, tmpl, isolated-vm)',
		(f) =>
			/[\\/]expression|isolated-vm|[\\/]tmpl|expression-evaluator|ExpressionEvaluator/i.test(
				f.url,
			) ||
			/^(resolveSimpleParameterValue|getParameterValue|evaluateExpression|renderExpression|resolveParameterValue)$/.test(
				f.functionName,
			),
	],
	[
		'getCredentials / decryption',
		(f) =>
			/^(getCredentials|getDecrypted|decrypt|getCredentialsProperties|applyDefaultsAndOverwrites)$/.test(
				f.functionName,
			),
	],
	[
		'credential authenticate (header template)',
		(f) => f.functionName === 'authenticate' && /credentials-helper|credentials/i.test(f.url),
	],
	['httpRequestWithAuthentication', (f) => f.functionName === 'httpRequestWithAuthentication'],
	[
		'axios and request preparation',
		(f) => /[\\/]axios[\\/]|backend-network|outbound-http|request-helper/i.test(f.url),
	],
	[
		'Node http/net (sockets, agents, parsers)',
		(f) =>
			/^node:(_http_|http|net|https|tls|dns|stream|internal\/(http|net|stream|streams))/.test(
				f.url,
			) || /^(HTTPParser|createConnection|Agent)$/.test(f.functionName),
	],
	[
		'n8n engine (WorkflowExecute, node-execution-context)',
		(f) => /workflow-execute|node-execution-context|execution-engine/.test(f.url),
	],
	['(garbage collector)', (f) => f.functionName === '(garbage collector)'],
	['(idle)', (f) => f.functionName === '(idle)'],
	['(program)', (f) => f.functionName === '(program)'],
];

function load(dir: string): CpuProfile {
	const files = fs.readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
	// The n8n process is the one that ran our package (task runners also write profiles).
	for (const file of files
		.map((f) => path.join(dir, f))
		.sort((a, b) => fs.statSync(b).size - fs.statSync(a).size)) {
		const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
		if (profile.nodes.some((n) => isMark(n.callFrame))) return profile;
	}
	throw new Error(`No profile in ${dir} ran ${MARKER}`);
}

function analyse(profile: CpuProfile, items: number): string {
	const byId = new Map(profile.nodes.map((n) => [n.id, n]));
	const parent = new Map<number, number>();
	for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
	const stack = (id: number) => {
		const frames: ProfileNode[] = [];
		for (let at: number | undefined = id; at !== undefined; at = parent.get(at))
			frames.push(byId.get(at)!);
		return frames;
	};
	const ours = new Map<number, boolean>();
	const hasOurs = (id: number) => {
		if (!ours.has(id))
			ours.set(
				id,
				stack(id).some((f) => isMark(f.callFrame)),
			);
		return ours.get(id)!;
	};
	const first = profile.samples.findIndex(hasOurs);
	// The run ends with the last sample of the node's code (async continuations of
	// parallel requests no longer have the entry frame on their stack).
	const mine = new Map<number, boolean>();
	const hasMine = (id: number) => {
		if (!mine.has(id))
			mine.set(
				id,
				stack(id).some((f) => f.callFrame.url.includes(markUrl)),
			);
		return mine.get(id)!;
	};
	let last = profile.samples.length - 1;
	while (last > first && !hasMine(profile.samples[last])) last--;

	const totals = new Map<string, number>();
	const inclusive = new Map<string, number>();
	const self = new Map<string, number>();
	let windowUs = 0;
	const key = (f: ProfileNode['callFrame']) =>
		`${f.functionName || '(anonymous)'} ${f.url ? `${f.url.replace(/^.*node_modules[\\/]/, '').replace(/^file:\/\//, '')}:${f.lineNumber + 1}` : ''}`.trim();
	for (let i = first; i <= last; i++) {
		const us = profile.timeDeltas[i + 1] ?? profile.timeDeltas[i];
		windowUs += us;
		const frames = stack(profile.samples[i]);
		for (const [name, test] of CATEGORIES)
			if (frames.some((f) => test(f.callFrame))) totals.set(name, (totals.get(name) ?? 0) + us);
		const leaf = key(frames[0].callFrame);
		self.set(leaf, (self.get(leaf) ?? 0) + us);
		for (const k of new Set(frames.map((f) => key(f.callFrame))))
			inclusive.set(k, (inclusive.get(k) ?? 0) + us);
	}
	const ms = (us: number) => (us / 1000).toFixed(0).padStart(6);
	const perItem = (us: number) => (us / 1000 / items).toFixed(3).padStart(6);
	const pct = (us: number) => `${((100 * us) / windowUs).toFixed(1).padStart(5)}%`;
	const table = (rows: Array<[string, number]>) =>
		rows.map(([k, us]) => `${ms(us)} ms ${perItem(us)} ms/item ${pct(us)}  ${k}`);
	const top = (m: Map<string, number>, n: number) =>
		[...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, n);
	return [
		`Node run window: ${(windowUs / 1000).toFixed(0)} ms for ${items} items = ${(windowUs / 1000 / items).toFixed(2)} ms/item (samples ${first}..${last})`,
		'',
		'By category (inclusive; a sample can count in several):',
		...table(CATEGORIES.map(([name]) => [name, totals.get(name) ?? 0])),
		'',
		'Top functions, inclusive:',
		...table(top(inclusive, Number(process.env.PROFILE_TOP ?? 45))),
		'',
		'Top functions, self:',
		...table(top(self, 30)),
	].join('\n');
}

const dir = process.argv[2];
if (!dir) throw new Error('usage: profile.ts <dir with .cpuprofile files> [items]');
process.stdout.write(`${analyse(load(dir), Number(process.argv[3] ?? 1000))}\n`);
