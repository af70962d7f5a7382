import type { IDataObject } from 'n8n-workflow';

import type { OperationDef } from '../../../shared/definitions';

/** GET /waba/numbers/{waba_uuid}: `{success, number}` (developers.2chat.co/docs/API/WhatsApp/WABA/get-number). */
export const getNumber: OperationDef = {
	value: 'getNumber',
	name: 'Get Number',
	action: 'Get a WhatsApp Business number',
	description: 'Get the details of one WhatsApp Business API number by its UUID',
	properties: [
		{
			displayName: 'WABA Number ID',
			name: 'wabaUuid',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'WAN3ff9fb72-…',
			description: 'The UUID of the WABA number (see Get Many Numbers)',
		},
	],
	run: async (op) => {
		const body = await op.request<IDataObject>({
			method: 'GET',
			path: `/waba/numbers/${op.params.id('wabaUuid')}`,
		});
		return (body.number as IDataObject) ?? body;
	},
};
