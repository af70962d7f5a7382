/* eslint-disable @n8n/community-nodes/no-restricted-imports */
import { writeSync } from 'node:fs';

import type { Figures } from './matrix';
import {
	badInputMatrix,
	emptyFigures,
	faultMatrix,
	coverageProblems,
	triggerMatrix,
} from './matrix';
import { operationMatrix } from './operations';
import { heyyCases } from '../heyy/robustness.cases';
import { spokiCases } from '../spoki/robustness.cases';
import { weniCases, weniFlowsCases } from '../weni/robustness.cases';
import { twoChatCases } from '../twochat/robustness.cases';
import type { ProviderCases } from './types';

const providers: ProviderCases[] = [twoChatCases, heyyCases, spokiCases, weniCases, weniFlowsCases];
const CYCLES = 100;
const all: Figures[] = [];

/** The node's request timeout in the fault matrix, so the timeout fault takes a second, not a minute. */
const TIMEOUT_MS = 500;

const BAD_FIGURES: Array<keyof Figures> = [
	'unclearErrors',
	'uncaughtErrors',
	'requestsWronglySent',
	'duplicateSends',
	'readRetriesOutOfBounds',
	'leakedSecrets',
	'orphanedSubscriptions',
	'executionsFromRejectedDeliveries',
	'refusedInFlight',
	'refusedAfterKeyChange',
];

function table(rows: Figures[]): string {
	const columns: Array<[string, keyof Figures]> = [
		['provider', 'provider'],
		['bad-input cases', 'badInputCases'],
		['fault cases', 'faultCases'],
		['trigger cases', 'triggerCases'],
		['clear errors', 'clearErrors'],
		['refused by n8n', 'refusedByN8n'],
		['unclear', 'unclearErrors'],
		['uncaught', 'uncaughtErrors'],
		['requests wrongly sent', 'requestsWronglySent'],
		['duplicate sends', 'duplicateSends'],
		['retries out of bounds', 'readRetriesOutOfBounds'],
		['leaked secrets', 'leakedSecrets'],
		['orphaned subscriptions', 'orphanedSubscriptions'],
		['runs from rejected deliveries', 'executionsFromRejectedDeliveries'],
		['refused in flight', 'refusedInFlight'],
		['refused after key change', 'refusedAfterKeyChange'],
	];
	const total = emptyFigures('TOTAL');
	for (const row of rows)
		for (const [, key] of columns.slice(1)) (total[key] as number) += row[key] as number;
	const body = [...rows, total].map((r) => columns.map(([, key]) => String(r[key])));
	const head = columns.map(([label]) => label);
	const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
	const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
	return [
		line(head),
		`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
		...body.map(line),
	].join('\n');
}

afterAll(() => {
	writeSync(1, `\nRobustness figures\n${table(all)}\n`);
	for (const f of all)
		for (const p of f.problems.slice(0, 30)) writeSync(1, `  ${f.provider}: ${p}\n`);
});

/**
 * Runs one matrix and checks its own figures: it ran cases, and it added no
 * bad figure and no problem (the problems are listed on failure).
 */
async function measured(
	figures: Figures,
	cases: 'badInputCases' | 'faultCases' | 'triggerCases',
	run: () => Promise<void>,
) {
	const before = Object.fromEntries(BAD_FIGURES.map((k) => [k, figures[k] as number]));
	const problemsBefore = figures.problems.length;
	await run();
	expect(figures[cases]).toBeGreaterThan(0);
	const added = Object.fromEntries(BAD_FIGURES.map((k) => [k, (figures[k] as number) - before[k]]));
	expect({
		bad: added,
		problems: figures.problems.slice(problemsBefore, problemsBefore + 20),
	}).toEqual({
		bad: Object.fromEntries(BAD_FIGURES.map((k) => [k, 0])),
		problems: [],
	});
}

test('every operation of every node has a robustness case', () => {
	expect(coverageProblems(providers)).toEqual([]);
});

describe.each(providers.map((p) => [p.provider, p] as const))('%s', (_name, cases) => {
	const figures = emptyFigures(cases.provider);
	all.push(figures);
	beforeAll(async () => {
		await cases.fake.start();
	});
	afterAll(() => cases.fake.stop());

	// First: its valid runs need the records the bad-input matrix's valid items delete.
	test('each operation: a provider fault, Continue On Fail, a valid run', () =>
		measured(figures, 'faultCases', () => operationMatrix(cases, figures)));

	test('bad input matrix', () =>
		measured(figures, 'badInputCases', () => badInputMatrix(cases, figures)));

	test('fault matrix', () =>
		measured(figures, 'faultCases', () => faultMatrix(cases, figures, TIMEOUT_MS)));

	test(`trigger: rejected deliveries and ${CYCLES} activation cycles`, () =>
		measured(figures, 'triggerCases', () => triggerMatrix(cases, figures, CYCLES)));
});
