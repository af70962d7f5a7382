import type { IDataObject } from 'n8n-workflow';

import type { RecordedRequest } from '../fakes/server';
import type { FieldKinds, OperationCase } from '../robustness/types';
import type { RunOptions, RunResult } from './engine';
import type { OperationParams } from './operation';

/** A provider's send, as the Continue On Fail cases need it. */
export interface SendCase {
	/** The recipient's parameter, its label in messages, and its field in the request body. */
	recipient: { field: string; label: string; body: string };
	/** Two good recipients (items 0 and 2; item 1 carries a bad number), as the provider receives them. */
	phones: [string, string];
	/** What item 0's and item 2's outputs contain once sent. */
	outputs: [IDataObject, IDataObject];
}

/** A bed that runs its node and records what its fake received. */
interface RunsAndRecords {
	fake: { requests: RecordedRequest[] };
	calls(): string[];
	run(parameters: IDataObject, options?: Partial<RunOptions>): Promise<RunResult>;
}

/**
 * Continue On Fail around a bad phone number on item 1 of 3: with it, item 1 becomes an error item
 * naming the field and item while the others are sent; without it (one request at a time), the run
 * stops at item 1 after sending item 0 only.
 */
export function continueOnFailCases(bed: RunsAndRecords, send: IDataObject, c: SendCase): void {
	const items = (bad: string) => [{ to: c.phones[0] }, { to: bad }, { to: c.phones[1] }];
	const to = { [c.recipient.field]: '={{ $json.to }}' };

	test('the failing item becomes an error item and the others still run', async () => {
		const r = await bed.run(
			{ ...send, ...to },
			{ items: items('not-a-phone'), continueOnFail: true },
		);
		expect(r.error).toBeUndefined();
		expect(r.json).toHaveLength(3);
		expect(r.json[0]).toMatchObject(c.outputs[0]);
		expect(r.json[1]).toEqual({
			error: `"${c.recipient.label}" must be a phone number in international format, like +14155550123 (got "not-a-phone") [item 1]`,
			description: 'Start with + and the country code; 7 to 15 digits.',
		});
		expect(r.json[2]).toMatchObject(c.outputs[1]);
		expect(r.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(bed.fake.requests.map((q) => (q.body as IDataObject)[c.recipient.body])).toEqual(
			c.phones,
		);
	});

	test('without it, and one request at a time, the run stops at the failing item', async () => {
		// With requests in parallel, items already under way to other recipients may still go.
		const r = await bed.run(
			{ ...send, ...to, requestOptions: { parallel: 1 } },
			{ items: items('bad') },
		);
		expect(r.error?.message).toMatch(/\[item 1\]$/);
		expect(bed.fake.requests).toHaveLength(1);
	});
}

/**
 * A robustness case named `resource:operation`, or `resource:operation label` where one
 * operation has several cases.
 */
export function operationCase(
	params: OperationParams,
	fields: FieldKinds,
	more: { label?: string } & Pick<OperationCase, 'items' | 'path' | 'firstItemOnly' | 'key'> = {},
): OperationCase {
	const { label, ...rest } = more;
	const name = `${params.resource}:${params.operation}${label ? ` ${label}` : ''}`;
	return { name, params, fields, ...rest };
}

/**
 * A robustness case for an operation on one record named by an id in its path: the id is
 * required and checked as an id (and as digits, where the provider's ids are `numeric`).
 */
export function byIdCase(
	resource: string,
	operation: string,
	idField: string,
	id: string,
	path: RegExp,
	numeric = false,
): OperationCase {
	const fields: FieldKinds = numeric
		? { required: [idField], numbers: [idField], ids: [idField] }
		: { required: [idField], ids: [idField] };
	return operationCase({ resource, operation, [idField]: id }, fields, { path });
}

/**
 * Deliveries a trigger that checks a token in its URL's query must not start on: none, wrong,
 * short, in a header instead, in another case; and, where asked, the valid one again.
 */
export function tokenRejections(body: unknown, token: string, replay = false) {
	return {
		unsigned: { body },
		'wrong token': { body, query: { token: 'f'.repeat(token.length) } },
		'short token': { body, query: { token: token.slice(0, 8) } },
		'token in a header instead': { body, headers: { 'x-token': token } },
		'token with different case': { body, query: { token: token.toUpperCase() } },
		// The valid delivery again: acknowledged (200), not run a second time.
		...(replay ? { replayed: { body, query: { token }, replayOfValid: true } } : {}),
	};
}

/** A provider's Get Many, as the paging cases need it. */
export interface PagingCase {
	bed: { fake: { requests: RecordedRequest[] }; calls(): string[] };
	/** Runs Get Many with these parameters (Return All or a Limit, and the case's filters). */
	getMany(parameters: IDataObject): Promise<RunResult>;
	/** Parameters every page must keep (filters), if any. */
	filters?: IDataObject;
	/** The output field that tells records apart (an id, a name). */
	key: string;
	/** Return All: the records, the requests and queries of its pages, the first and last record's key. */
	all: { total: number; calls: string[]; queries: IDataObject[]; first: unknown; last: unknown };
	/** A Limit over one page: the requests it takes and the last record's key. */
	early: { limit: number; requests: number; last: unknown };
}

/**
 * Get Many paging: Return All walks every page (keeping the filters) and stops at the last;
 * a Limit stops as soon as it has its records.
 */
export function pagingCases(c: PagingCase): void {
	const { all, early, key } = c;
	test(`Return All walks ${all.calls.length} pages, keeps the filters and stops at the last`, async () => {
		const r = await c.getMany({ returnAll: true, ...c.filters });
		expect(r.error).toBeUndefined();
		expect(r.json).toHaveLength(all.total);
		expect(c.bed.calls()).toEqual(all.calls);
		expect(c.bed.fake.requests.map((q) => q.query)).toEqual(all.queries);
		expect(r.json[0][key]).toBe(all.first);
		expect(r.json[all.total - 1][key]).toBe(all.last);
	});

	test(`Limit stops early: ${early.limit} records take ${early.requests} requests`, async () => {
		const r = await c.getMany({ returnAll: false, limit: early.limit });
		expect(r.json).toHaveLength(early.limit);
		expect(r.json[early.limit - 1][key]).toBe(early.last);
		expect(c.bed.fake.requests).toHaveLength(early.requests);
	});
}

/**
 * Parameters the node must refuse before any request: each row a label, the run's parameters and
 * the exact message (a string, or a matcher) naming the field and the item.
 */
export function refusedCases(
	bed: RunsAndRecords,
	rows: Array<[label: string, parameters: IDataObject, message: unknown]>,
): void {
	test.each(rows)('%s is refused with no request sent', async (_label, parameters, message) => {
		const r = await bed.run(parameters);
		expect(r.error?.name).toBe('NodeOperationError');
		expect(r.error?.message).toEqual(message);
		expect(bed.fake.requests).toHaveLength(0);
	});
}

/**
 * Ids that would change a path (`/`, `?`, `#`, escapes) are encoded and stay on their path: each row
 * an id and the one request it makes; the provider answers that no such record exists (`message`).
 */
export function encodedIdCases(
	bed: RunsAndRecords,
	parameters: (id: string) => IDataObject,
	rows: Array<[id: string, call: string]>,
	message: string,
): void {
	test.each(rows)('id %j stays on its path', async (id, call) => {
		const r = await bed.run(parameters(id));
		expect(bed.calls()).toEqual([call]);
		expect(r.error?.message).toBe(message);
	});
}

/** Dot-segment ids (`..`, `.`, `%2e%2E`) are refused before any request with `message`. */
export function dotSegmentCases(
	bed: RunsAndRecords,
	parameters: (id: string) => IDataObject,
	message: string,
): void {
	test.each(['..', '.', '%2e%2E'])(
		'dot-segment id %j is refused before any request',
		async (id) => {
			const r = await bed.run(parameters(id));
			expect(r.error?.name).toBe('NodeOperationError');
			expect(r.error?.message).toBe(message);
			expect(bed.fake.requests).toHaveLength(0);
		},
	);
}

/**
 * The refusals every send shares, as rows for refusedCases: a recipient that is not a phone number
 * in international format, and a text of blanks.
 */
export function sendRefusals(
	send: IDataObject,
	recipient: { field: string; label: string; bad: string },
	blank = '  ',
): Array<[string, IDataObject, unknown]> {
	const { field, label, bad } = recipient;
	return [
		[
			'an invalid phone number',
			{ ...send, [field]: bad },
			`"${label}" must be a phone number in international format, like +14155550123 (got "${bad}") [item 0]`,
		],
		['an empty text', { ...send, text: blank }, '"Text" is required [item 0]'],
	];
}
