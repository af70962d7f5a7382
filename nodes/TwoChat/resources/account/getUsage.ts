import type { OperationDef } from '../../../shared/definitions';

export const getUsage: OperationDef = {
	value: 'getUsage',
	name: 'Get API Usage',
	action: 'Get API usage and account info',
	description: 'Get the account, its request quota and how much of it is used',
	properties: [],
	run: async (op) => await op.request({ method: 'GET', path: '/info' }),
};
