import type { IDataObject } from 'n8n-workflow';

import type { OperationDef } from '../../../shared/definitions';
import { wabaNumberField } from '../../descriptions';
import { phone } from '../../readers';

/**
 * POST /waba/templates/sync?phone_number=: starts a background sync of the number's templates from
 * Meta and answers at once (`is_syncing`, `message`) (developers.2chat.co/docs/API/WhatsApp/WABA/sync-templates).
 */
export const syncTemplates: OperationDef = {
	value: 'syncTemplates',
	name: 'Sync Templates',
	action: 'Sync WhatsApp Business templates from Meta',
	description:
		'Ask 2Chat to fetch new or changed templates from Meta; they show in Get Many Templates after a few seconds',
	properties: [wabaNumberField],
	run: async (op) =>
		await op.request<IDataObject>({
			method: 'POST',
			path: '/waba/templates/sync',
			qs: { phone_number: phone(op.params, 'wabaNumber') },
		}),
};
