import type { ResourceDef } from '../../../shared/operation';
import { get } from './get';
import { list } from './list';

export const channel: ResourceDef = {
	value: 'channel',
	name: 'Channel',
	operations: [get, list],
};
