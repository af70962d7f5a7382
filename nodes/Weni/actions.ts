import type { IDataObject } from 'n8n-workflow';

import type { BatchDef, OperationContext, OperationResult } from '../shared/definitions';
import type { ApiRequest } from '../shared/transport';
import { endpoint } from './provider';

/** One item of a bulk action: the action, its target and the values it shares with its request. */
export interface ActionEntry extends IDataObject {
	action: string;
}

/**
 * A RapidPro bulk action endpoint (BulkWriteAPIMixin, temba/api/v2/views.py of nyaruka/rapidpro
 * and weni-ai/flows): POST `<name>.json` with `action`, the list of targets (at most 100,
 * fields.py TembaModelField.default_max_items) and the values every target of it shares.
 */
export interface BulkAction<T extends ActionEntry> {
	/** The endpoint, e.g. `message_actions`. */
	endpoint: string;
	/** The body's list of targets, e.g. `messages`. */
	listKey: string;
	/** The entry's target in that list. */
	target(entry: T): string | number;
	/** The values one request shares besides `action` (a label, a group, an assignee). */
	shared: Array<keyof T & string>;
}

/**
 * Sends `entries` (one action, the same shared values) in one request and gives the targets a
 * 200 names in `failures` (as text); a 204 names none. A failure to send is thrown.
 */
export async function sendAction<T extends ActionEntry>(
	spec: BulkAction<T>,
	entries: T[],
	request: (req: ApiRequest) => Promise<unknown>,
): Promise<string[]> {
	const body: IDataObject = { [spec.listKey]: entries.map(spec.target), action: entries[0].action };
	for (const key of spec.shared) if (entries[0][key] !== undefined) body[key] = entries[0][key];
	const answer = await request({ method: 'POST', path: endpoint(spec.endpoint), body });
	const failures = answer && typeof answer === 'object' ? (answer as IDataObject).failures : [];
	return Array.isArray(failures) ? failures.map(String) : [];
}

/** What requests may carry together: the same action and shared values (null apart from empty). */
export function actionKey<T extends ActionEntry>(spec: BulkAction<T>, entry: T): string {
	const value = (v: unknown) => (v === null ? '\u0001' : String(v ?? ''));
	return [entry.action, ...spec.shared.map((key) => value(entry[key]))].join('\u0000');
}

/**
 * The bulk path of an action whose endpoint reports the targets it did not change in a 200
 * `failures[]`: requests of up to 100 entries of the same action and values; an entry named
 * there gets `failed(...)` (an Error fails its item only), the others `{success: true, ...entry}`.
 * A request refused whole (a 400 naming an unknown label, user or topic) fails every item of it.
 */
export function bulkAction<T extends ActionEntry>(
	spec: BulkAction<T> & {
		prepare(op: OperationContext): T;
		/** The result of an entry named in `failures`; `changed` counts the others of its request. */
		failed(entry: T, op: OperationContext, changed: number): OperationResult | Error;
	},
): BatchDef<T> {
	return {
		size: 100,
		prepare: spec.prepare,
		key: (entry) => actionKey(spec, entry),
		send: async (entries, ops, request) => {
			let failures: string[];
			try {
				failures = await sendAction(spec, entries, request);
			} catch (error) {
				return entries.map(() => error as Error);
			}
			const isFailed = (entry: T) => failures.includes(String(spec.target(entry)));
			const changed = entries.filter((entry) => !isFailed(entry)).length;
			return entries.map((entry, i) =>
				isFailed(entry) ? spec.failed(entry, ops[i], changed) : { success: true, ...entry },
			);
		},
	};
}
