import { locatorKey } from '../../readers';
import type { OperationDef } from '../../../shared/operation';
import { channelField } from '../../descriptions';
import { dataItems } from '../../provider';
import { broadcastIdField, broadcastPath, readIds } from './common';

/** DELETE /{channelId}/broadcasts/{broadcastId}/recipients with body `ids[]` (MindCloud remove-recipients-from-broadcast.md). */
export const removeRecipients: OperationDef = {
	value: 'removeRecipients',
	name: 'Remove Recipients',
	action: 'Remove recipients from a broadcast',
	description: 'Remove recipients from a broadcast',
	properties: [
		channelField,
		broadcastIdField,
		{
			displayName: 'Recipient IDs',
			name: 'recipientIds',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'con_1, con_2',
			description:
				'IDs of the recipients to remove, as Get Many Recipients returns them, separated by commas, or an expression that returns an array',
		},
	],
	// Writes to the same broadcast go out one after the other, in item order, even in parallel.
	recipient: (op) => locatorKey(op.params.raw('broadcastId', '')),
	run: async (op) => {
		const p = op.params;
		const path = `${broadcastPath(p)}/recipients`;
		const body = { ids: readIds(p, 'recipientIds') };
		const response = await op.request({ method: 'DELETE', path, body });
		return { removed: body.ids, recipients: dataItems('recipients', 'contacts')(response) };
	},
};
