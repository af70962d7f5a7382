import type { OperationDef } from '../../../shared/operation';
import { API, numericId } from '../../provider';
import { accountIdField } from './common';

export const get: OperationDef = {
	value: 'get',
	name: 'Get',
	action: 'Get an account',
	description: 'Get an account with its credit, type, daily limit and quality score',
	properties: [accountIdField],
	run: async (op) =>
		await op.request({
			method: 'GET',
			path: `${API}/accounts/${numericId(op.params, 'accountId')}/`,
		}),
};
