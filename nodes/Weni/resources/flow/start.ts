import type { IDataObject } from 'n8n-workflow';

import type {
	BatchDef,
	OperationContext,
	OperationDef,
	OperationResult,
} from '../../../shared/definitions';
import {
	contactsListField,
	flowField,
	recipientGroupsField,
	urnsListField,
} from '../../descriptions';
import { endpoint } from '../../provider';
import { readRecipients, uuidOf } from '../../readers';
import { pythonJsonLength, serverChecks } from './common';
import { optionsCollection } from '../../../shared/descriptions';

/** FlowStartWriteSerializer.validate_params: at most 10,000 characters as Python's json.dumps writes them. */
const MAX_PARAMS = 10_000;

/** The flow_starts body for one item (validated). */
function build(op: OperationContext): IDataObject {
	const p = op.params;
	const body: IDataObject = { flow: uuidOf(p, 'flow') };
	Object.assign(
		body,
		readRecipients(p, 'Give at least one contact, URN or group to start the flow for.'),
	);
	const options = p.collection('options');
	const restart = p.checkBoolean('restart_participants', options.restart_participants);
	if (restart !== undefined) body.restart_participants = restart;
	const exclude = p.checkBoolean('exclude_active', options.exclude_active);
	if (exclude !== undefined) body.exclude_active = exclude;
	const params = p.jsonObject('params', options.params ?? '');
	if (params) {
		const size = pythonJsonLength(params);
		if (size > MAX_PARAMS) {
			throw p.invalid(
				'params',
				`must be at most 10,000 characters as Weni encodes it (got ${size})`,
				'Weni counts a space after every comma and colon, and 6 characters for each accented or non-Latin letter.',
			);
		}
		if (Object.keys(params).length) body.params = params;
	}
	return body;
}

/** Who an item started the flow for: its own contacts, URNs and groups (the start may hold others'). */
function startedFor(entry: IDataObject): IDataObject {
	return { contacts: entry.contacts ?? [], urns: entry.urns ?? [], groups: entry.groups ?? [] };
}

const RECIPIENTS = ['contacts', 'urns', 'groups'] as const;

/**
 * Many items starting the same flow with the same options become one start
 * per 100 recipients (RapidPro takes at most 100 contacts, 100 URNs and 100
 * groups per request). Every item of a request gets that flow start back.
 */
const combined: BatchDef = {
	size: 100,
	enabled: (op) => op.params.collection('options').combineItems !== false,
	prepare: build,
	key: (entry) =>
		JSON.stringify({ ...entry, contacts: undefined, urns: undefined, groups: undefined }),
	weight: (entry) =>
		Math.max(1, ...RECIPIENTS.map((k) => ((entry[k] as unknown[] | undefined) ?? []).length)),
	async send(entries, ops, request) {
		const results: Array<OperationResult | Error> = new Array(entries.length);
		// URN schemes and params are checked against this server; a bad one fails its item only.
		const good: number[] = [];
		for (let i = 0; i < entries.length; i++) {
			try {
				await serverChecks(ops[i], entries[i]);
				good.push(i);
			} catch (error) {
				results[i] = error as Error;
			}
		}
		if (good.length === 0) return results;
		const body: IDataObject = { ...entries[good[0]] };
		for (const key of RECIPIENTS) {
			const all = good.flatMap((i) => (entries[i][key] as string[] | undefined) ?? []);
			if (all.length) body[key] = [...new Set(all)];
			else delete body[key];
		}
		const response = await request<IDataObject>({
			method: 'POST',
			path: endpoint('flow_starts'),
			body,
		});
		for (const i of good) {
			results[i] = {
				...response,
				started_for: startedFor(entries[i]),
				combined_items: good.length,
			};
		}
		return results;
	},
};

export const start: OperationDef = {
	value: 'start',
	name: 'Start',
	action: 'Start a flow',
	description:
		'Start a flow for contacts, URNs or groups, with parameters the flow reads as @trigger.params',
	properties: [
		flowField,
		contactsListField,
		urnsListField,
		recipientGroupsField,
		optionsCollection([
			{
				displayName: 'Combine Items',
				name: 'combineItems',
				type: 'boolean',
				default: true,
				description:
					'Whether many input items starting this flow with the same options go in one start per 100 recipients, instead of one start per item',
			},
			{
				displayName: 'Exclude Contacts in a Flow',
				name: 'exclude_active',
				type: 'boolean',
				default: false,
				description: 'Whether to skip contacts who are currently in any flow',
			},
			{
				displayName: 'Params',
				name: 'params',
				type: 'json',
				default: '{}',
				description: 'A JSON object (at most 10,000 characters) the flow reads as @trigger.params',
			},
			{
				displayName: 'Restart Participants',
				name: 'restart_participants',
				type: 'boolean',
				default: true,
				description: 'Whether to start contacts who already went through this flow',
			},
		]),
	],
	batch: combined,
	run: async (op) => {
		const body = build(op);
		await serverChecks(op, body);
		const response = await op.request<IDataObject>({
			method: 'POST',
			path: endpoint('flow_starts'),
			body,
		});
		return { ...response, started_for: startedFor(body) };
	},
};
