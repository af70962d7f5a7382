import { NodeOperationError } from 'n8n-workflow';

import type { OperationContext, OperationDef } from '../../../shared/definitions';
import { runAlone } from '../../../shared/definitions';
import type { ActionEntry } from '../../actions';
import { bulkAction } from '../../actions';
import { uuidRule } from '../../readers';

/**
 * TicketBulkActionSerializer (temba/api/v2/serializers.py, nyaruka/rapidpro and weni-ai/flows):
 * `tickets` (UUIDs, TicketField many: at most 100, fields.py TembaModelField.default_max_items),
 * `action`, `assignee` (a user's email, UserField; null unassigns), `note` (required by add_note),
 * `topic` (a topic UUID, TopicField; required by change_topic). Weni Flows also has
 * change_ticketer, which this node does not offer.
 */
const ACTIONS = ['assign', 'add_note', 'change_topic', 'close', 'reopen'];

interface TicketActionEntry extends ActionEntry {
	ticket: string;
	assignee?: string | null;
	note?: string;
	topic?: string;
}

function prepare(op: OperationContext): TicketActionEntry {
	const p = op.params;
	const action = p.readText('ticketAction', { required: true, oneOf: ACTIONS });
	const ticket = p.readText('ticketUuid', { required: true, pattern: uuidRule }).toLowerCase();
	const entry: TicketActionEntry = { action, ticket };
	if (action === 'assign') {
		const email = p.readOptionalText('assignee', {
			maxLength: 254,
			pattern: { regex: /^[^\s@]+@[^\s@]+$/, hint: 'must be the email of a workspace user' },
		});
		entry.assignee = email ? email : null;
	}
	if (action === 'add_note') entry.note = p.readText('note', { required: true });
	if (action === 'change_topic') {
		entry.topic = p.readText('topic', { required: true, pattern: uuidRule }).toLowerCase();
	}
	return entry;
}

/** The state a ticket Weni left unchanged is already in, for actions that set a state. */
const UNCHANGED_STATE: Record<string, string | undefined> = { close: 'closed', reopen: 'open' };

/**
 * Requests of up to 100 tickets of the same action and values (TicketActionsEndpoint,
 * temba/api/v2/views.py). A 204 is success; RapidPro's 200 `{"failures": [uuids]}` names tickets
 * it did not change, which fail their items only. A 400 (an unknown ticket, user or topic)
 * rejects the whole request, so every item of it fails.
 */
const batch = bulkAction<TicketActionEntry>({
	endpoint: 'ticket_actions',
	listKey: 'tickets',
	target: (entry) => entry.ticket,
	shared: ['assignee', 'note', 'topic'],
	prepare,
	failed: (entry, op, changed) => {
		// RapidPro lists the tickets the action left as they were; closing a closed ticket or
		// reopening an open one is the likely reason (mailroom's ticket close and reopen change only
		// tickets in the other state: nyaruka/mailroom testdata "changed_ids"). The ticket is in the
		// state asked for, so the item succeeds and says so. Weni Flows reports no such tickets.
		const state = UNCHANGED_STATE[entry.action];
		if (state) return { success: true, ...entry, changed: false, reason: `already ${state}` };
		return new NodeOperationError(
			op.params.node,
			`Weni left ticket ${entry.ticket} unchanged by "${entry.action}"`,
			{
				itemIndex: op.itemIndex,
				description: `Weni gives no reason; the ticket may be closed or already as asked. ${changed} other ticket(s) of the same request were changed: turn on Continue On Fail to see each item's result.`,
			},
		);
	},
});

export const applyAction: OperationDef = {
	value: 'applyAction',
	name: 'Apply Action',
	action: 'Apply an action to tickets',
	description:
		'Assign, add a note, change topic, close or reopen a ticket; many items go in requests of up to 100 tickets',
	properties: [
		{
			displayName: 'Action',
			name: 'ticketAction',
			type: 'options',
			options: [
				{ name: 'Add Note', value: 'add_note' },
				{ name: 'Assign', value: 'assign', description: 'Assign to a user, or unassign' },
				{ name: 'Change Topic', value: 'change_topic' },
				{ name: 'Close', value: 'close' },
				{ name: 'Reopen', value: 'reopen' },
			],
			default: 'close',
		},
		{
			displayName: 'Ticket UUID',
			name: 'ticketUuid',
			type: 'string',
			required: true,
			default: '',
			description: 'The ticket to act on; use an expression to act on every input item',
		},
		{
			displayName: 'Assignee Name or ID',
			name: 'assignee',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getUsers' },
			default: '',
			description:
				'The workspace user to assign, by email; Unassign (empty) takes the ticket from its user. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			displayOptions: { show: { ticketAction: ['assign'] } },
		},
		{
			displayName: 'Note',
			name: 'note',
			type: 'string',
			typeOptions: { rows: 3 },
			required: true,
			default: '',
			displayOptions: { show: { ticketAction: ['add_note'] } },
		},
		{
			displayName: 'Topic Name or ID',
			name: 'topic',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getTopics' },
			required: true,
			default: '',
			description:
				'The new topic. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			displayOptions: { show: { ticketAction: ['change_topic'] } },
		},
	],
	batch,
	run: runAlone(batch),
};
