import type { OperationDef } from '../../../shared/operation';
import { API, numericId } from '../../provider';
import { automationIdField } from './common';

export const get: OperationDef = {
	value: 'get',
	name: 'Get',
	action: 'Get an automation',
	description: 'Get an automation with its webhook triggers and timestamps',
	properties: [automationIdField],
	run: async (op) =>
		await op.request({
			method: 'GET',
			path: `${API}/automations/${numericId(op.params, 'automationId')}/`,
		}),
};
