import type { ResourceDef } from '../../../shared/definitions';
import { get } from './get';
import { getCurrentReport } from './getCurrentReport';
import { getAll } from './getAll';

export const account: ResourceDef = {
	value: 'account',
	name: 'Account',
	operations: [getAll, get, getCurrentReport],
};
