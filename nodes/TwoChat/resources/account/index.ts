import type { ResourceDef } from '../../../shared/definitions';
import { getUsage } from './getUsage';
import { testApiKey } from './testApiKey';

export const account: ResourceDef = {
	value: 'account',
	name: 'Account',
	operations: [getUsage, testApiKey],
};
