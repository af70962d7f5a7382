import type { IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type {
	BatchDef,
	OperationContext,
	OperationDef,
	OperationResult,
} from '../../../shared/operation';
import { runAlone } from '../../../shared/operation';
import type { ApiRequest } from '../../../shared/transport';
import { endpoint } from '../../provider';
import { uuidRule } from '../../readers';

/**
 * TicketBulkActionSerializer (temba/api/v2/serializers.py, nyaruka/rapidpro and weni-ai/flows):
 * `tickets` (UUIDs, TicketField many: at most 100, fields.py TembaModelField.default_max_items),
 * `action`, `assignee` (a user's email, UserField; null unassigns), `note` (required by add_note),
 * `topic` (a topic UUID, TopicField; required by change_topic). Weni Flows also has
 * change_ticketer, which this node does not offer.
 */
const ACTIONS = ['assign', 'add_note', 'change_topic', 'close', 'reopen'];

interface TicketActionEntry extends IDataObject {
	action: string;
	ticket: string;
	assignee?: string | null;
	note?: string;
	topic?: string;
}

function prepare(op: OperationContext): TicketActionEntry {
	const p = op.params;
	const action = p.string('ticketAction', { required: true, oneOf: ACTIONS });
	const ticket = p.string('ticketUuid', { required: true, pattern: uuidRule }).toLowerCase();
	const entry: TicketActionEntry = { action, ticket };
	if (action === 'assign') {
		const email = p.optionalString('assignee', {
			maxLength: 254,
			pattern: { regex: /^[^\s@]+@[^\s@]+$/, hint: 'must be the email of a workspace user' },
		});
		entry.assignee = email ? email : null;
	}
	if (action === 'add_note') entry.note = p.string('note', { required: true });
	if (action === 'change_topic') {
		entry.topic = p.string('topic', { required: true, pattern: uuidRule }).toLowerCase();
	}
	return entry;
}

/**
 * One `ticket_actions.json` request for up to 100 tickets of the same action and values
 * (TicketActionsEndpoint, BulkWriteAPIMixin, temba/api/v2/views.py). A 204 is success; RapidPro's
 * 200 `{"failures": [uuids]}` names tickets it did not change, which fail their items only. A 400
 * (an unknown ticket, user or topic) rejects the whole request, so every item of it fails.
 */
async function send(
	entries: TicketActionEntry[],
	ops: OperationContext[],
	request: (req: ApiRequest) => Promise<unknown>,
): Promise<Array<OperationResult | Error>> {
	const { action, assignee, note, topic } = entries[0];
	const body: IDataObject = { tickets: entries.map((e) => e.ticket), action };
	if (assignee !== undefined) body.assignee = assignee;
	if (note !== undefined) body.note = note;
	if (topic !== undefined) body.topic = topic;
	let answer: unknown;
	try {
		answer = await request({ method: 'POST', path: endpoint('ticket_actions'), body });
	} catch (error) {
		return entries.map(() => error as Error);
	}
	const failures =
		answer && typeof answer === 'object' && Array.isArray((answer as IDataObject).failures)
			? ((answer as IDataObject).failures as unknown[]).map(String)
			: [];
	return entries.map((entry, i) =>
		failures.includes(entry.ticket)
			? new NodeOperationError(
					ops[i].params.node,
					`Weni did not apply "${entry.action}" to ticket ${entry.ticket}`,
					{ itemIndex: ops[i].itemIndex },
				)
			: { success: true, ...entry },
	);
}

const batch: BatchDef<TicketActionEntry> = {
	size: 100,
	prepare,
	key: (e) =>
		[
			e.action,
			e.assignee === null ? '\u0001' : (e.assignee ?? ''),
			e.note ?? '',
			e.topic ?? '',
		].join('\u0000'),
	send,
};

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
			displayName: 'Assignee Email',
			name: 'assignee',
			type: 'string',
			placeholder: 'name@email.com',
			default: '',
			description: 'The email of the workspace user to assign; empty unassigns the ticket',
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
			displayName: 'Topic UUID',
			name: 'topic',
			type: 'string',
			required: true,
			default: '',
			description: 'The UUID of the new topic (see Ticket Topic → Get Many)',
			displayOptions: { show: { ticketAction: ['change_topic'] } },
		},
	],
	batch,
	run: runAlone(batch),
};
