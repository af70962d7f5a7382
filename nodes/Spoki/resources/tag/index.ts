import type { ResourceDef } from '../../../shared/definitions';
import { get } from './get';
import { getAll } from './getAll';

export const tag: ResourceDef = {
	value: 'tag',
	name: 'Tag',
	operations: [getAll, get],
};
