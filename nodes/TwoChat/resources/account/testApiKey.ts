import type { IDataObject, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import type { OperationDef } from '../../../shared/operation';

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
			if (error instanceof NodeApiError && ['401', '403'].includes(error.httpCode ?? '')) {
				return { valid: false, httpCode: error.httpCode, message: error.message };
			}
			throw new NodeApiError(op.ctx.getNode(), error as JsonObject);
		}
	},
};
