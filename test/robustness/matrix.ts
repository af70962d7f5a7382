import type { IDataObject, INodeProperties, INodeType } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { heyy } from '../../nodes/Heyy/provider';
import type { Provider } from '../../nodes/shared/provider';
import { RETRY_POLICY, RETRYABLE_STATUS } from '../../nodes/shared/retry';
import { spoki } from '../../nodes/Spoki/provider';
import { twoChat } from '../../nodes/TwoChat/provider';
import { weni } from '../../nodes/Weni/provider';
import type { FakeResponse } from '../fakes/server';
import type { RunResult } from '../harness/engine';
import { logLines, runNode } from '../harness/engine';
import { pkg, type } from '../harness/package';
import type { Delivery } from '../harness/trigger';
import { ActiveTrigger, KeyRotationProxy } from '../harness/trigger';
import type { FieldKinds, OperationCase, ProviderCases } from './types';

/** The figures the suite prints; every "bad" one must be 0. */
export interface Figures {
	provider: string;
	badInputCases: number;
	faultCases: number;
	triggerCases: number;
	clearErrors: number;
	/** Bad input n8n refused before the node ran (WorkflowHasIssuesError). */
	refusedByN8n: number;
	unclearErrors: number;
	uncaughtErrors: number;
	requestsWronglySent: number;
	duplicateSends: number;
	readRetriesOutOfBounds: number;
	leakedSecrets: number;
	orphanedSubscriptions: number;
	executionsFromRejectedDeliveries: number;
	/** Valid deliveries refused while an activation or deactivation ran (in flight). */
	refusedInFlight: number;
	/** Valid deliveries refused after the credential's key changed. */
	refusedAfterKeyChange: number;
	problems: string[];
}

export function emptyFigures(provider: string): Figures {
	return {
		provider,
		badInputCases: 0,
		faultCases: 0,
		triggerCases: 0,
		clearErrors: 0,
		refusedByN8n: 0,
		unclearErrors: 0,
		uncaughtErrors: 0,
		requestsWronglySent: 0,
		duplicateSends: 0,
		readRetriesOutOfBounds: 0,
		leakedSecrets: 0,
		orphanedSubscriptions: 0,
		executionsFromRejectedDeliveries: 0,
		refusedInFlight: 0,
		refusedAfterKeyChange: 0,
		problems: [],
	};
}

const WRONG_TYPES: unknown[] = [{ a: 1 }, [1, 2], true];

/** Bad values per kind of field. */
const BAD: Record<keyof FieldKinds, unknown[]> = {
	required: ['', '   '],
	phones: [
		'abc',
		'12345',
		'5215512345678',
		'+0123456789',
		'+1 555',
		`+${'1'.repeat(20)}`,
		'+52-55-abc-1234',
		'٠١٢٣٤٥٦٧٨٩',
	],
	emails: ['no-at', 'a@', 'a@b', 'a b@c.de', '@c.de'],
	urls: ['not a url', 'ftp://x.test/f', 'javascript:alert(1)', '//x.test/a'],
	enums: ['bogus', 'TEXT ', '__proto__'],
	ids: [],
	numbers: ['abc', '12abc', {}],
	dates: ['yesterday', '2026-13-45', '31/12/2026'],
	urns: ['no-scheme', 'tel:', 'tel:abc', 'mailto:no-at', 'bogus:123'],
	texts: ['x'.repeat(200_000)],
	json: ['{not json', '[1, 2'],
	booleans: ['yes', 'maybe', 1, { a: true }],
};

/** Ids that try to leave their path segment; dot segments must be refused outright. */
const HOSTILE_IDS = ['a/b', '../../info', '?x=1', '#frag', '%2F', 'ü/ñ', 'a%00b'];
const DOT_IDS = ['..', '.', '%2e%2e'];

function setPath(target: IDataObject, dotted: string, value: unknown): IDataObject {
	const copy = JSON.parse(JSON.stringify(target)) as IDataObject;
	const keys = dotted.split('.');
	let cursor: Record<string, unknown> = copy;
	for (const key of keys.slice(0, -1)) {
		cursor[key] ??= /^\d+$/.test(key) ? [] : {};
		cursor = cursor[key] as Record<string, unknown>;
	}
	cursor[keys[keys.length - 1]] = value;
	return copy;
}

/** Every display name the node gives a parameter of this name, nested ones included. */
function labels(node: INodeType, dotted: string): string[] {
	const name = dotted
		.split('.')
		.filter((k) => !/^\d+$/.test(k))
		.pop()!;
	const found: string[] = [];
	const visit = (list: unknown[]) => {
		for (const entry of list as Array<INodeProperties & { values?: unknown[] }>) {
			if (entry.name === name && entry.displayName) found.push(entry.displayName);
			if (Array.isArray(entry.options)) visit(entry.options);
			if (Array.isArray(entry.values)) visit(entry.values);
		}
	};
	visit(node.description.properties);
	return found;
}

export function secretsIn(text: string, secrets: string[]): number {
	return secrets.filter((s) => s && text.includes(s)).length;
}

/** Everything a run shows a user or a log: outputs, error message, description, context. */
export function visibleText(result: RunResult): string {
	const e = result.error;
	return JSON.stringify({
		json: result.json,
		error: e && { message: e.message, description: e.description, context: e.context },
	});
}

/**
 * Whether the bad-input matrix runs the case's valid parameters (item 0 of two, before the item
 * carrying an empty required field): not for a case given its own items, nor for an operation
 * that reads only its first item (Send and Wait).
 */
export function sendsValidItem(op: OperationCase): boolean {
	return Boolean(op.fields.required?.length) && !op.items && !op.firstItemOnly;
}

export async function badInputMatrix(cases: ProviderCases, figures: Figures): Promise<void> {
	const node = pkg.nodes[type(cases.nodeType)];
	const credentials = { [cases.credentialType]: cases.credentials(cases.fake.baseUrl) };
	const run = (params: IDataObject, items?: IDataObject[]) =>
		runNode(pkg, { type: type(cases.nodeType), parameters: params, credentials, items });

	// Bad values arrive the way they do in real workflows: through an expression
	// reading the input item. (An empty literal in a required field never runs:
	// n8n itself refuses the workflow before the node starts.)
	const expectRefusal = async (op: OperationCase, field: string, value: unknown, itemIndex = 0) => {
		figures.badInputCases++;
		cases.fake.requests.length = 0;
		const valid = field.split('.').reduce<unknown>((o, k) => (o as IDataObject)?.[k], op.params);
		const base = op.items ?? [{}];
		const items: IDataObject[] =
			itemIndex === 1
				? [
						{ ...base[0], v: valid as IDataObject },
						{ ...base[0], v: value as IDataObject },
					]
				: base.map((item) => ({ ...item, v: value as IDataObject }));
		const result = await run(setPath(op.params, field, '={{ $json.v }}'), items);
		const where = `${op.name} ${field}=${JSON.stringify(value)?.slice(0, 40)}`;
		figures.leakedSecrets += secretsIn(visibleText(result), [cases.key]);
		if (!result.error) {
			figures.unclearErrors++;
			figures.problems.push(`accepted: ${where}`);
			figures.requestsWronglySent += cases.fake.requests.length;
			return;
		}
		if (result.error.name === 'WorkflowHasIssuesError') {
			// n8n itself refuses to start: an option selector set to an unknown value
			// leaves a required field of no known mode unset. Nothing is sent.
			figures.refusedByN8n++;
			if (cases.fake.requests.length) figures.requestsWronglySent += cases.fake.requests.length;
			return;
		}
		if (result.error.name !== 'NodeOperationError' && result.error.name !== 'NodeApiError') {
			figures.uncaughtErrors++;
			figures.problems.push(`uncaught ${result.error.name}: ${where}: ${result.error.message}`);
		}
		const named = labels(node, field).some((l) => result.error!.message.includes(`"${l}"`));
		const itemNamed = result.error.message.includes(`[item ${itemIndex}]`);
		if (result.error.name === 'NodeOperationError' && named && itemNamed) figures.clearErrors++;
		else {
			figures.unclearErrors++;
			figures.problems.push(`unclear: ${where}: ${result.error.message}`);
		}
		const sentForBadItem =
			itemIndex === 1
				? cases.fake.requests.length - 1 - (op.readsFirst ?? 0)
				: cases.fake.requests.length;
		if (sentForBadItem > 0) {
			figures.requestsWronglySent += sentForBadItem;
			figures.problems.push(`request sent: ${where}`);
		}
	};

	for (const op of cases.operations) {
		const kinds = op.fields;
		for (const [kind, fields] of Object.entries(kinds) as Array<[keyof FieldKinds, string[]]>) {
			if (kind === 'ids') continue;
			for (const field of fields) {
				for (const value of BAD[kind]) await expectRefusal(op, field, value);
				if (kind !== 'numbers' && kind !== 'texts' && kind !== 'json' && kind !== 'booleans') {
					for (const value of WRONG_TYPES) await expectRefusal(op, field, value);
				}
			}
		}
		if (sendsValidItem(op)) await expectRefusal(op, op.fields.required![0], '', 1);

		for (const field of kinds.ids ?? []) {
			for (const value of DOT_IDS) await expectRefusal(op, field, value);
			for (const value of HOSTILE_IDS) {
				figures.badInputCases++;
				cases.fake.requests.length = 0;
				const result = await run(
					setPath(op.params, field, '={{ $json.v }}'),
					(op.items ?? [{}]).map((i) => ({ ...i, v: value as string })),
				);
				const where = `${op.name} ${field}=${JSON.stringify(value)}`;
				figures.leakedSecrets += secretsIn(visibleText(result), [cases.key]);
				if (
					result.error &&
					result.error.name !== 'NodeOperationError' &&
					result.error.name !== 'NodeApiError'
				) {
					figures.uncaughtErrors++;
					figures.problems.push(`uncaught: ${where}`);
				}
				const offPath = cases.fake.requests.filter((r) => !op.path || !op.path.test(r.path));
				if (offPath.length || cases.fake.requests.length > 1) {
					figures.requestsWronglySent += Math.max(offPath.length, cases.fake.requests.length - 1);
					figures.problems.push(
						`left its path: ${where}: ${cases.fake.requests.map((r) => r.path).join(', ')}`,
					);
				} else {
					figures.clearErrors++;
				}
			}
		}
	}
	figures.leakedSecrets += secretsIn(logLines.join('\n'), [cases.key]);
}

interface Fault {
	name: string;
	response: FakeResponse;
	/** Whether a read meeting it once is retried (and then succeeds). */
	retryable: boolean;
	/**
	 * Whether a write meeting it once is sent again (and then succeeds): only
	 * after a 429, which the provider answers before acting (see transport.ts).
	 */
	resendsWrite?: boolean;
	/** The status the error must carry, when there is one. */
	status?: number;
	/** Whether the error must carry the provider's own message. */
	providerWords?: boolean;
}

/** Each node's provider facts, for the statuses it documents as "try again shortly". */
const PROVIDERS: Record<string, Provider> = { twoChat, heyy, spoki, weni };

function faults(cases: ProviderCases, timeoutMs: number): Fault[] {
	const body = (status: number) => cases.errorBody(status, `fault-${status}-words`);
	const provider = PROVIDERS[cases.nodeType];
	if (!provider) throw new Error(`No provider facts for node ${cases.nodeType}`);
	// A read meeting one of these is tried again (transport.ts); any other status is reported.
	const retryable = (status: number) =>
		RETRYABLE_STATUS.has(status) || Boolean(provider.retryableStatus?.includes(status));
	const plain = (status: number): Fault => ({
		name: String(status),
		response: { status, body: body(status) },
		retryable: retryable(status),
		status,
		providerWords: true,
	});
	return [
		// Client errors, and every status the provider documents as "try again shortly".
		...[...new Set([400, 401, 403, 404, 409, 422, ...(provider.retryableStatus ?? [])])].map(plain),
		{
			name: '429 with Retry-After',
			response: { status: 429, headers: { 'retry-after': '1' }, body: body(429) },
			retryable: true,
			resendsWrite: true,
		},
		{
			name: '429 without Retry-After',
			response: { status: 429, body: body(429) },
			retryable: true,
			resendsWrite: true,
		},
		plain(500),
		plain(502),
		plain(503),
		{
			name: 'timeout',
			response: { status: 200, body: {}, delayMs: timeoutMs * 3 },
			retryable: true,
		},
		{ name: 'dropped connection', response: { status: 0, drop: true }, retryable: true },
		{
			name: 'malformed JSON',
			response: { status: 200, raw: '{"data": [1, 2', headers: { 'content-type': 'text/plain' } },
			retryable: false,
			status: 200,
		},
		{
			name: 'HTML error page',
			response: {
				status: 500,
				raw: '<!doctype html><html><body><h1>Internal Server Error</h1></body></html>',
			},
			retryable: false,
			status: 500,
		},
		{ name: 'empty body', response: { status: 500, raw: '' }, retryable: false, status: 500 },
	];
}

/**
 * The node's own "Request Options → Timeout" set short, so the timeout fault
 * takes a second rather than the default minute.
 */
function withTimeout(params: IDataObject, timeoutMs: number): IDataObject {
	const requestOptions = (params.requestOptions ?? {}) as IDataObject;
	return { ...params, requestOptions: { ...requestOptions, timeout: timeoutMs } };
}

export async function faultMatrix(
	cases: ProviderCases,
	figures: Figures,
	timeoutMs: number,
): Promise<void> {
	const credentials = { [cases.credentialType]: cases.credentials(cases.fake.baseUrl) };
	for (const fault of faults(cases, timeoutMs)) {
		for (const [kind, op] of [
			['read', cases.faultRead],
			['write', cases.faultWrite],
		] as const) {
			figures.faultCases++;
			cases.fake.requests.length = 0;
			cases.fake.clearFaults();
			cases.fake.failNext(fault.response, 1);
			const items = op.items ?? [{ n: 1 }, { n: 2 }];
			const result = await runNode(pkg, {
				type: type(cases.nodeType),
				parameters: withTimeout(op.params, timeoutMs),
				credentials,
				items,
				continueOnFail: true,
			});
			const where = `${cases.provider} ${kind} ${op.name} / ${fault.name}`;
			figures.leakedSecrets += secretsIn(visibleText(result), [cases.key]);
			if (result.error) {
				figures.unclearErrors++;
				figures.problems.push(`Continue On Fail did not hold: ${where}: ${result.error.message}`);
				continue;
			}
			const paired = result.items.map((i) => (i.pairedItem as { item: number }).item);
			const first = result.json.filter((_, i) => paired[i] === 0);
			const rest = result.json.filter((_, i) => paired[i] !== 0);
			if (!rest.length || rest.some((j) => j.error)) {
				figures.problems.push(`other items did not run: ${where}`);
				figures.unclearErrors++;
			}
			const retried = kind === 'write' ? Boolean(fault.resendsWrite) : fault.retryable;
			const expectError = !retried;
			const sentForFirst = cases.fake.requests.length - (items.length - 1);
			if (kind === 'write' && sentForFirst > (retried ? 2 : 1)) {
				figures.duplicateSends += sentForFirst - (retried ? 2 : 1);
				figures.problems.push(`repeated send: ${where} (${sentForFirst} requests)`);
			}
			if (retried && sentForFirst < 2) {
				figures.readRetriesOutOfBounds++;
				figures.problems.push(
					`${kind} not sent again after ${fault.name}: ${where} (${sentForFirst} requests)`,
				);
			}
			if (kind === 'read' && retried && sentForFirst > 2) {
				figures.readRetriesOutOfBounds++;
				figures.problems.push(`read not retried once: ${where} (${sentForFirst} requests)`);
			}
			if (!expectError) {
				if (first.some((j) => j.error)) {
					figures.unclearErrors++;
					figures.problems.push(`retry did not recover: ${where}: ${first[0].error}`);
				}
				continue;
			}
			const error = first[0];
			const clear =
				error?.error &&
				(!fault.status ||
					error.httpCode === String(fault.status) ||
					String(error.error).includes(String(fault.status))) &&
				(!fault.providerWords || String(error.error).includes(`fault-${fault.status}-words`));
			if (clear) figures.clearErrors++;
			else {
				figures.unclearErrors++;
				figures.problems.push(`unclear: ${where}: ${JSON.stringify(error).slice(0, 200)}`);
			}
		}
	}

	// A read that keeps failing stops after the bounded number of attempts.
	figures.faultCases++;
	cases.fake.requests.length = 0;
	cases.fake.failNext(
		{ status: 503, headers: { 'retry-after': '0' }, body: cases.errorBody(503, 'fault-503-words') },
		100,
	);
	const result = await runNode(pkg, {
		type: type(cases.nodeType),
		parameters: withTimeout(cases.faultRead.params, timeoutMs),
		credentials,
		items: cases.faultRead.items,
		continueOnFail: true,
	});
	cases.fake.clearFaults();
	if (cases.fake.requests.length !== RETRY_POLICY.maxAttempts || !result.json[0]?.error) {
		figures.readRetriesOutOfBounds++;
		figures.problems.push(`persistent 503 on a read: ${cases.fake.requests.length} attempts`);
	} else figures.clearErrors++;
	figures.leakedSecrets += secretsIn(logLines.join('\n'), [cases.key]);
}

export async function triggerMatrix(
	cases: ProviderCases,
	figures: Figures,
	cycles: number,
): Promise<void> {
	const t = cases.trigger;
	const credentials = { [cases.credentialType]: cases.credentials(cases.fake.baseUrl) };
	const make = async (parameters = t.parameters) => {
		const trigger = new ActiveTrigger(pkg, { type: type(t.type), parameters, credentials });
		await trigger.start();
		return trigger;
	};
	const secretsOf = (trigger: ActiveTrigger) =>
		[
			cases.key,
			trigger.staticData?.token,
			...Object.values((trigger.staticData?.secrets as IDataObject) ?? {}),
		]
			.map(String)
			.filter((s) => s && s !== 'undefined');

	// Deliveries that must start nothing.
	const trigger = await make();
	try {
		await trigger.activate();
		const valid = t.valid(trigger);
		const ok = await trigger.deliver(valid.body, valid);
		figures.triggerCases++;
		if (ok.status !== 200 || trigger.executions.length !== 1)
			figures.problems.push(`a valid delivery did not run: ${ok.status}`);
		else figures.clearErrors++;
		for (const [name, delivery] of Object.entries(t.rejected(trigger))) {
			figures.triggerCases++;
			const before = trigger.executions.length;
			const answer = await trigger.deliver(delivery.body, delivery);
			if (trigger.executions.length !== before) {
				figures.executionsFromRejectedDeliveries += trigger.executions.length - before;
				figures.problems.push(`${name} delivery started an execution`);
			} else if (answer.status !== 401 && !delivery.replayOfValid) {
				figures.problems.push(`${name} delivery answered ${answer.status}, not 401`);
				figures.unclearErrors++;
			} else figures.clearErrors++;
			figures.leakedSecrets += secretsIn(answer.body, secretsOf(trigger));
		}
		figures.leakedSecrets += secretsIn(
			JSON.stringify(trigger.outputs()),
			secretsOf(trigger).filter((s) => s !== cases.key),
		);
		await trigger.deactivate();
	} finally {
		await trigger.stop();
	}

	// Activation/deactivation cycles, with the provider deleting one, a failing deletion, a
	// half-done activation, deliveries in flight during every activation and deactivation
	// (the provider holds its answer to the first registration until they have arrived, and
	// their saves land after activation's), and a key change every tenth cycle.
	const proxy = new KeyRotationProxy(cases.fake.baseUrl);
	const base = await proxy.start();
	const credentialWith = (key: string) => {
		const data = cases.credentials(base);
		for (const [name, value] of Object.entries(data)) if (value === cases.key) data[name] = key;
		return data;
	};
	const cycling = new ActiveTrigger(pkg, {
		type: type(t.type),
		parameters: t.multiParameters ?? t.parameters,
		credentials: { [cases.credentialType]: credentialWith(cases.key) },
	});
	await cycling.start();
	/** Valid deliveries to the first URL the provider holds, as it would send them (none if it holds none for them). */
	const deliver = (count: number): Array<Promise<Delivery>> => {
		const sent: Array<Promise<Delivery>> = [];
		for (let n = 0; n < count; n++) {
			let valid: ReturnType<typeof t.valid>;
			try {
				valid = t.valid(cycling);
			} catch {
				break; // the provider dropped the subscription this event would come from
			}
			const url = t.registeredUrls()[0] ?? cycling.webhookUrl;
			sent.push(cycling.deliver(valid.body, { ...valid, query: undefined, url }));
		}
		return sent;
	};
	const statuses = async (sent: Array<Promise<Delivery>>) =>
		(await Promise.all(sent)).map((d) => d.status);
	const waitFor = async (probe: () => boolean, settled: Promise<unknown>) => {
		let done = false;
		void settled.then(
			() => (done = true),
			() => (done = true),
		);
		while (!probe() && !done) await sleep(2);
	};
	try {
		for (let cycle = 1; cycle <= cycles; cycle++) {
			figures.triggerCases++;
			const halfWay = cycle % 10 === 5 && t.multiParameters;
			if (halfWay) {
				let creates = 0;
				cases.fake.failNext(
					{ status: 500, body: cases.errorBody(500, 'create failed') },
					1,
					(r) => t.isCreate(r.method, r.path) && ++creates === 2,
				);
			}
			const releaseAnswers = cases.fake.holdAnswers((r) => t.isCreate(r.method, r.path));
			const releaseSaves = cycling.holdSaves();
			const activation = cycling.activate();
			await waitFor(() => t.registeredUrls().length > 0, activation);
			const loaded = cycling.loadedDeliveries;
			const inFlight = deliver(3);
			await waitFor(() => cycling.loadedDeliveries >= loaded + inFlight.length, activation);
			releaseAnswers();
			try {
				await activation;
			} catch {
				if (!halfWay) figures.problems.push(`activation failed in cycle ${cycle}`);
			}
			releaseSaves();
			const during = await statuses(inFlight);
			cases.fake.clearFaults();
			if (!halfWay) {
				const refused = during.filter((s) => s !== 200).length;
				figures.refusedInFlight += refused;
				if (refused) figures.problems.push(`cycle ${cycle}: in flight during activation ${during}`);
			}
			if (halfWay && t.subscriptions() !== 0) {
				figures.orphanedSubscriptions += t.subscriptions();
				figures.problems.push(`half-done activation left ${t.subscriptions()} subscription(s)`);
			}
			if (cycle % 10 === 9) {
				// The user replaces the key; the provider knows the new one.
				const key = `rotated-${cycle}-${cases.key}`;
				proxy.keys.set(key, cases.key);
				cycling.setCredential(cases.credentialType, credentialWith(key));
				const after = await statuses(deliver(3));
				const refused = after.filter((s) => s !== 200).length;
				figures.refusedAfterKeyChange += refused;
				if (refused) figures.problems.push(`cycle ${cycle}: after a key change ${after}`);
			}
			if (cycle % 10 === 3 && t.subscriptions() > 0) t.dropOne();
			const failDelete = cycle % 10 === 7;
			if (failDelete)
				cases.fake.failNext({ status: 500, body: cases.errorBody(500, 'delete failed') }, 1, (r) =>
					t.isDelete(r.method, r.path),
				);
			// Deliveries in flight while deactivating: run (200) or, once the webhook is gone, 404.
			const leaving = t.registeredUrls().length && !halfWay ? deliver(2) : [];
			try {
				await cycling.deactivate();
			} catch {
				// n8n reports it; the stored id is kept and removed on the next activation or deactivation.
				if (!failDelete) figures.problems.push(`deactivation failed in cycle ${cycle}`);
				await cycling.deactivate();
			}
			const gone = (await statuses(leaving)).filter((s) => s !== 200 && s !== 404).length;
			figures.refusedInFlight += gone;
			if (gone) figures.problems.push(`cycle ${cycle}: ${gone} refused while deactivating`);
			cases.fake.clearFaults();
			if (t.subscriptions() !== 0) {
				figures.orphanedSubscriptions += t.subscriptions();
				figures.problems.push(`cycle ${cycle} left ${t.subscriptions()} subscription(s)`);
				break;
			}
		}
	} finally {
		await cycling.stop();
		await proxy.stop();
	}
	figures.orphanedSubscriptions += t.subscriptions();
}

/**
 * What is wrong with the cases' coverage of their nodes' operations
 * (resource:operation): an operation no case lists and `withoutCase` does not
 * name (a new operation whose case was forgotten), or a `withoutCase` entry
 * that has a case by now or is no operation.
 */
export function coverageProblems(all: ProviderCases[]): string[] {
	const problems: string[] = [];
	for (const nodeType of new Set(all.map((c) => c.nodeType))) {
		const mine = all.filter((c) => c.nodeType === nodeType);
		const listed = new Set(
			mine.flatMap((c) => c.operations.map((o) => `${o.params.resource}:${o.params.operation}`)),
		);
		const excused = new Set(mine.flatMap((c) => c.withoutCase ?? []));
		const node = pkg.nodes[type(nodeType)] as INodeType;
		const operations = node.description.properties
			.filter((p) => p.name === 'operation' && p.type === 'options')
			.flatMap((p) =>
				((p.displayOptions?.show?.resource ?? []) as string[]).flatMap((resource) =>
					(p.options as Array<{ value: string }>).map((o) => `${resource}:${o.value}`),
				),
			);
		for (const name of operations)
			if (!listed.has(name) && !excused.has(name)) problems.push(`${nodeType} ${name}: no case`);
		for (const name of excused) {
			if (listed.has(name))
				problems.push(`${nodeType} ${name}: has a case, drop it from withoutCase`);
			else if (!operations.includes(name)) problems.push(`${nodeType} ${name}: not an operation`);
		}
	}
	return problems;
}
