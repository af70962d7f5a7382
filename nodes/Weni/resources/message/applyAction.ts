import { NodeOperationError } from 'n8n-workflow';

import type { OperationContext, OperationDef } from '../../../shared/definitions';
import { runAlone } from '../../../shared/definitions';
import type { ActionEntry } from '../../actions';
import { bulkAction } from '../../actions';
import { labelField } from '../../descriptions';
import { refOf } from '../../readers';

/** MsgBulkActionSerializer.ACTIONS and ACTIONS_WITH_LABEL (temba/api/v2/serializers.py, weni-ai/rapidpro and weni-ai/flows). */
const ACTIONS = ['label', 'unlabel', 'archive', 'restore', 'delete'];
const WITH_LABEL = ['label', 'unlabel'];

interface MessageActionEntry extends ActionEntry {
	message: number;
	label?: string;
}

function prepare(op: OperationContext): MessageActionEntry {
	const p = op.params;
	const action = p.readText('messageAction', { required: true, oneOf: ACTIONS });
	// `messages` are integer ids (fields.MessageField, temba/api/v2/fields.py): the `id` of Message → Get Many.
	const message = p.readNumber('messageId', { required: true, integer: true, min: 1 }) as number;
	const entry: MessageActionEntry = { action, message };
	// `label`: the UUID or name of an existing label (MessageActionsEndpoint docstring).
	if (WITH_LABEL.includes(action)) entry.label = refOf(p, 'label');
	return entry;
}

/**
 * Requests of up to 100 messages of the same action and label (MessageActionsEndpoint,
 * temba/api/v2/views.py of weni-ai/rapidpro and weni-ai/flows: "the message ids (array of up to
 * 100 integers)"). A 204 is success; a 200 `{"failures": [ids]}` names messages that no longer
 * exist, which fail their items only. A 400 (a label that does not exist, an outgoing message)
 * rejects the whole request, so every item of it fails.
 */
const batch = bulkAction<MessageActionEntry>({
	endpoint: 'message_actions',
	listKey: 'messages',
	target: (entry) => entry.message,
	shared: ['label'],
	prepare,
	failed: (entry, op) =>
		new NodeOperationError(
			op.params.node,
			`Message ${entry.message} no longer exists, so it was not changed`,
			{ itemIndex: op.itemIndex },
		),
});

export const applyAction: OperationDef = {
	value: 'applyAction',
	name: 'Apply Action',
	action: 'Apply an action to messages',
	description:
		'Label, unlabel, archive, restore or delete incoming messages; many items go in requests of up to 100 messages',
	properties: [
		{
			displayName: 'Action',
			name: 'messageAction',
			type: 'options',
			options: [
				{ name: 'Archive', value: 'archive' },
				{ name: 'Delete', value: 'delete', description: 'Delete the message for good' },
				{ name: 'Label', value: 'label', description: 'Add a label to the message' },
				{ name: 'Restore', value: 'restore', description: 'Restore an archived message' },
				{ name: 'Unlabel', value: 'unlabel', description: 'Remove a label from the message' },
			],
			default: 'label',
		},
		{
			displayName: 'Message ID',
			name: 'messageId',
			type: 'number',
			required: true,
			default: 0,
			description:
				'The numeric ID of an incoming message (its ID in Message → Get Many or the trigger); use an expression to act on every input item',
		},
		{ ...labelField, displayOptions: { show: { messageAction: ['label', 'unlabel'] } } },
	],
	batch,
	run: runAlone(batch),
};
