import type { JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { apiFailureOf, passOn } from '../../../shared/errors';
import { getMany } from '../../../shared/getMany';
import { API, drfPages } from '../../provider';

export const getAll = getMany({
	action: 'Get many partners',
	description: 'List partners; needs a Spoki partner (agency) API key',
	fields: [
		{
			displayName: 'Listing partners needs a partner API key: a normal account key is refused',
			name: 'partnerNotice',
			type: 'notice',
			default: '',
		},
	],
	read: async (op) => {
		try {
			return await op.list({ method: 'GET', path: `${API}/partners/` }, drfPages());
		} catch (error) {
			const failure = apiFailureOf(error);
			// The transport's own NodeApiError (Spoki's words, status), passed on unchanged.
			if (failure?.status !== 401 && failure?.status !== 403) throw passOn(error);
			const code = String(failure.status);
			const spokiSaid = failure.providerMessage ?? 'nothing more';
			throw new NodeApiError(op.ctx.getNode(), { httpCode: code } as JsonObject, {
				message: `Spoki error ${code}: this API key lacks partner access, so it cannot list partners`,
				description:
					`Spoki answered: "${spokiSaid}". Listing partners needs a Spoki partner (agency) API key; put one in the credential. ` +
					(code === '401'
						? 'If other operations fail too, the key itself is not valid.'
						: 'Other operations work with a normal account key.'),
				httpCode: code,
				itemIndex: op.itemIndex,
			});
		}
	},
});
