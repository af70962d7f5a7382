import type { IDataObject } from 'n8n-workflow';

import type {
	BatchDef,
	OperationContext,
	OperationDef,
	OperationResult,
} from '../../../shared/definitions';
import { runAlone } from '../../../shared/definitions';
import { apiFailureOf } from '../../../shared/errors';
import type { ApiRequest } from '../../../shared/transport';
import type { ActionEntry, BulkAction } from '../../actions';
import { actionKey, sendAction } from '../../actions';
import { contactField, staticGroupField } from '../../descriptions';
import { endpoint } from '../../provider';
import { checkContact, checkSchemes, refOf, UUID } from '../../readers';

const ACTIONS = ['add', 'remove', 'block', 'unblock', 'interrupt', 'archive_messages', 'delete'];
const WITH_GROUP = ['add', 'remove'];
/** How many times a chunk is sent again without the contacts a 400 named. */
const MAX_RESENDS = 3;

interface ContactActionEntry extends ActionEntry {
	contact: string;
	group?: string;
}

/** `contact_actions.json`: `contacts` (UUIDs or URNs) and, to add or remove, the `group`. */
const CONTACT_ACTIONS: BulkAction<ContactActionEntry> = {
	endpoint: 'contact_actions',
	listKey: 'contacts',
	target: (entry) => entry.contact,
	shared: ['group'],
};

/** The messages of a DRF error body (`{"field": ["msg"]}`, `{"non_field_errors": [...]}`, `{"detail": "..."}`), flattened. */
function messagesOf(body: unknown): string[] {
	if (typeof body === 'string') return [body];
	if (Array.isArray(body)) return body.flatMap(messagesOf);
	if (body && typeof body === 'object')
		return Object.values(body as IDataObject).flatMap(messagesOf);
	return [];
}

/**
 * The contacts a 400 names: ContactBulkActionSerializer (weni-ai/rapidpro
 * temba/api/v2/serializers.py) names non-active contacts by UUID ("Non-active
 * contacts cannot be added to groups: <uuid>, …") even when they were sent by
 * URN, and a lookup failure names the first value as sent ("No such object: <value>",
 * fields.py TembaModelField). Values sent are matched as they are; a UUID that
 * matches none of them is read back (contacts.json?uuid=) to match its URNs.
 */
async function namedEntries(
	body: unknown,
	entries: ContactActionEntry[],
	pending: number[],
	request: (req: ApiRequest) => Promise<unknown>,
): Promise<number[]> {
	const tokens = new Set(
		messagesOf(body).flatMap((m) => m.split(/[\s,;]+|:\s/).map((t) => t.replace(/[.;:]$/, ''))),
	);
	const named = new Set(pending.filter((i) => tokens.has(entries[i].contact)));
	const sent = new Set(pending.map((i) => entries[i].contact));
	const unmatched = [...tokens].filter((t) => UUID.test(t) && !sent.has(t.toLowerCase()));
	if (unmatched.length && pending.some((i) => !UUID.test(entries[i].contact))) {
		for (const uuid of unmatched.slice(0, 100)) {
			const found = (await request({
				method: 'GET',
				path: endpoint('contacts'),
				qs: { uuid: uuid.toLowerCase() },
			})) as IDataObject;
			const contact = Array.isArray(found?.results)
				? (found.results[0] as IDataObject | undefined)
				: undefined;
			const urns = new Set(((contact?.urns as string[] | undefined) ?? []).map(String));
			for (const i of pending) if (urns.has(entries[i].contact)) named.add(i);
		}
	}
	return [...named];
}

function prepare(op: OperationContext): ContactActionEntry {
	const p = op.params;
	const action = p.readText('contactAction', { required: true, oneOf: ACTIONS });
	const entry: ContactActionEntry = {
		action,
		contact: checkContact(p, 'contact', p.raw('contact', '')).value,
	};
	if (WITH_GROUP.includes(action)) entry.group = refOf(p, 'group');
	return entry;
}

/**
 * One `contact_actions.json` request for up to 100 contacts of the same action
 * and group. RapidPro validates the whole list before acting, so a 400 that
 * names some contacts (deleted, blocked…) changed nothing: those items fail
 * and the others are sent again without them.
 */
async function send(
	entries: ContactActionEntry[],
	ops: OperationContext[],
	request: (req: ApiRequest) => Promise<unknown>,
): Promise<Array<OperationResult | Error>> {
	const results: Array<OperationResult | Error> = new Array(entries.length);
	let pending: number[] = [];
	// A URN scheme this server does not know fails its item only.
	for (let i = 0; i < entries.length; i++) {
		try {
			if (!UUID.test(entries[i].contact))
				await checkSchemes(ops[i], 'contact', [entries[i].contact]);
			pending.push(i);
		} catch (error) {
			results[i] = error as Error;
		}
	}
	if (pending.length === 0) return results;
	for (let round = 0; ; round++) {
		try {
			await sendAction(
				CONTACT_ACTIONS,
				pending.map((i) => entries[i]),
				request,
			);
			for (const i of pending) results[i] = { success: true, ...entries[i] };
			return results;
		} catch (error) {
			const failure = apiFailureOf(error);
			const named =
				failure?.status === 400 && round < MAX_RESENDS
					? await namedEntries(failure.body, entries, pending, request)
					: [];
			if (named.length === 0 || named.length === pending.length) {
				for (const i of pending) results[i] = error as Error;
				return results;
			}
			for (const i of named) results[i] = error as Error;
			pending = pending.filter((i) => !named.includes(i));
		}
	}
}

const batch: BatchDef<ContactActionEntry> = {
	size: 100,
	prepare,
	key: (entry) => actionKey(CONTACT_ACTIONS, entry),
	send,
};

export const applyAction: OperationDef = {
	value: 'applyAction',
	name: 'Apply Action',
	action: 'Apply an action to contacts',
	description:
		'Add to or remove from a group, block, unblock, interrupt, archive messages or delete; many items go in requests of up to 100 contacts',
	properties: [
		{
			displayName: 'Action',
			name: 'contactAction',
			type: 'options',
			options: [
				{ name: 'Add to Group', value: 'add' },
				{
					name: 'Archive Messages',
					value: 'archive_messages',
					description: "Archive the contact's incoming messages",
				},
				{ name: 'Block', value: 'block' },
				{ name: 'Delete', value: 'delete', description: 'Delete the contact and its messages' },
				{
					name: 'Interrupt',
					value: 'interrupt',
					description: "End the contact's active flow runs",
				},
				{ name: 'Remove From Group', value: 'remove' },
				{ name: 'Unblock', value: 'unblock' },
			],
			default: 'add',
		},
		{
			...contactField,
			description: 'The contact, or one of its URNs; use an expression to act on every input item',
		},
		{ ...staticGroupField, displayOptions: { show: { contactAction: ['add', 'remove'] } } },
	],
	batch,
	run: runAlone(batch),
};
