import type { ResourceDef } from '../../../shared/operation';
import { get } from './get';
import { list } from './list';
import { update } from './update';

export const chat: ResourceDef = {
	value: 'chat',
	name: 'Chat',
	operations: [get, list, update],
};
