import type { ResourceDef } from '../../../shared/operation';
import { get } from './get';
import { getCurrentReport } from './getCurrentReport';
import { list } from './list';

export const account: ResourceDef = {
	value: 'account',
	name: 'Account',
	operations: [get, getCurrentReport, list],
};
