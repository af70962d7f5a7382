import type { ResourceDef } from '../../../shared/definitions';
import { get } from './get';
import { getAll } from './getAll';

export const channel: ResourceDef = {
	value: 'channel',
	name: 'Channel',
	operations: [getAll, get],
};
