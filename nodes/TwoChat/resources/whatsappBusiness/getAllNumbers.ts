import type { IDataObject } from 'n8n-workflow';

import type { OperationDef } from '../../../shared/operation';
import { itemsAt } from '../../../shared/pagination';
import { wholeGetManyOperation } from '../../../shared/factories';

/**
 * GET /waba/numbers, read as 2Chat's own node reads it: `numbers[]` with `uuid`, `friendly_name`,
 * `phone_number`, `connection_status` (2ChatCo/2chat-n8n nodes/TwoChat/v1/methods/loadOptions.ts
 * getWabaNumbers). No docs page describes paging for it, so one request is made.
 */
export const getAllNumbers: OperationDef = {
	...wholeGetManyOperation(
		'Get many WhatsApp Business numbers',
		'Get the WhatsApp Business API numbers connected to 2Chat',
		[],
		async (op) =>
			itemsAt(
				'numbers',
				'data',
			)(await op.request<IDataObject>({ method: 'GET', path: '/waba/numbers' })),
	),
	value: 'getAllNumbers',
	name: 'Get Many Numbers',
};
