import type { IDataObject, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { apiFailureOf } from '../../../shared/errors';
import type { OperationDef } from '../../../shared/definitions';

export const testApiKey: OperationDef = {
	value: 'testApiKey',
	name: 'Test API Key',
	action: 'Test the API key',
	description: 'Check that the credential key is accepted; returns valid true or false',
	properties: [],
	run: async (op) => {
		try {
			const body = await op.request<IDataObject>({ method: 'GET', path: '/info' });
			return { valid: true, account: body.account ?? null };
		} catch (error) {
			// A refused key is this operation's answer, not a failure.
			const status = apiFailureOf(error)?.status;
			if (status === 401 || status === 403) {
				return { valid: false, httpCode: String(status), message: (error as Error).message };
			}
			throw new NodeApiError(op.ctx.getNode(), error as JsonObject);
		}
	},
};
