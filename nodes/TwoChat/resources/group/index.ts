import type { ResourceDef } from '../../../shared/definitions';
import { addParticipants } from './addParticipants';
import { create } from './create';
import { demoteParticipants } from './demoteParticipants';
import { get } from './get';
import { getAll } from './getAll';
import { promoteParticipants } from './promoteParticipants';
import { removeParticipants } from './removeParticipants';
import { setDescription } from './setDescription';
import { setPicture } from './setPicture';

export const group: ResourceDef = {
	value: 'group',
	name: 'Group',
	operations: [
		getAll,
		addParticipants,
		create,
		demoteParticipants,
		get,
		promoteParticipants,
		removeParticipants,
		setDescription,
		setPicture,
	],
};
