import { locatorKey } from '../../readers';
import type { OperationDef } from '../../../shared/operation';
import { channelField } from '../../descriptions';
import { dataItems } from '../../provider';
import { broadcastIdField, broadcastPath, readIds } from './common';

/** POST /{channelId}/broadcasts/{broadcastId}/recipients with `contactsIds[]` (MindCloud add-recipients-to-broadcast.md). */
export const addRecipients: OperationDef = {
	value: 'addRecipients',
	name: 'Add Recipients',
	action: 'Add recipients to a broadcast',
	description: 'Add contacts to the recipients of a broadcast',
	properties: [
		channelField,
		broadcastIdField,
		{
			displayName: 'Contact IDs',
			name: 'contactIds',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'con_1, con_2',
			description:
				'IDs of the contacts to add, separated by commas, or an expression that returns an array',
		},
	],
	// Writes to the same broadcast go out one after the other, in item order, even in parallel.
	recipient: (op) => locatorKey(op.params.raw('broadcastId', '')),
	run: async (op) => {
		const p = op.params;
		const path = `${broadcastPath(p)}/recipients`;
		const body = { contactsIds: readIds(p, 'contactIds') };
		const response = await op.request({ method: 'POST', path, body });
		return { added: body.contactsIds, recipients: dataItems('recipients', 'contacts')(response) };
	},
};
