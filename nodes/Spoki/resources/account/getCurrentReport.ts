import type { OperationDef } from '../../../shared/definitions';
import { API } from '../../provider';
import { numericId } from '../../readers';
import { accountIdField } from './common';

export const getCurrentReport: OperationDef = {
	value: 'getCurrentReport',
	name: 'Get Current Report',
	action: 'Get the current report of an account',
	description:
		'Get message and conversation counts of the current period (Spoki caches it for 30 minutes)',
	properties: [accountIdField],
	run: async (op) =>
		await op.request({
			method: 'GET',
			path: `${API}/accounts/${numericId(op.params, 'accountId')}/current_report/`,
		}),
};
