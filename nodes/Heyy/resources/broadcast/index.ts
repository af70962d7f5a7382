import type { ResourceDef } from '../../../shared/definitions';
import { addRecipients } from './addRecipients';
import { create } from './create';
import { deleteBroadcast } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { getRecipients } from './getRecipients';
import { removeRecipients } from './removeRecipients';
import { start } from './start';
import { update } from './update';

export const broadcast: ResourceDef = {
	value: 'broadcast',
	name: 'Broadcast',
	operations: [
		getAll,
		get,
		create,
		update,
		start,
		getRecipients,
		addRecipients,
		removeRecipients,
		deleteBroadcast,
	],
};
