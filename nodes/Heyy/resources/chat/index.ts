import type { ResourceDef } from '../../../shared/definitions';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

export const chat: ResourceDef = {
	value: 'chat',
	name: 'Chat',
	operations: [getAll, get, update],
};
