import type { IDataObject } from 'n8n-workflow';

import type { OperationDef } from '../../../shared/definitions';
import { phoneField } from '../../descriptions';
import { API } from '../../provider';
import { readTicketFields, ticketFields } from './common';
import { additionalFields } from '../../../shared/descriptions';

export const create: OperationDef = {
	value: 'create',
	name: 'Create',
	action: 'Create a ticket',
	description: 'Open a support ticket for a contact',
	properties: [
		phoneField(
			'Phone of the contact the ticket is about, in international format',
			'contactPhone',
			'Contact Phone',
		),
		{
			displayName: 'Title',
			name: 'title',
			type: 'string',
			required: true,
			default: '',
		},
		additionalFields(ticketFields),
	],
	run: async (op) => {
		const p = op.params;
		const body: IDataObject = {
			contact_phone: p.readText('contactPhone', { required: true, phone: true }),
			title: p.readText('title', { required: true, maxLength: 255 }),
		};
		readTicketFields(p, p.collection('additionalFields'), body);
		for (const key of Object.keys(body)) if (body[key] === '') delete body[key];
		return await op.request({ method: 'POST', path: `${API}/tickets/`, body });
	},
};
