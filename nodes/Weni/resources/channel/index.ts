import type { ResourceDef } from '../../../shared/definitions';
import { getAll } from './getAll';

export const channel: ResourceDef = {
	value: 'channel',
	name: 'Channel',
	operations: [getAll],
};
