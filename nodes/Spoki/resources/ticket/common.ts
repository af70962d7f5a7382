import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { Params } from '../../../shared/params';

export const TICKET_STATUSES = ['Open', 'Pending', 'Resolved', 'Closed'];
export const TICKET_PRIORITIES = ['Low', 'Medium', 'High'];

export const ticketIdField: INodeProperties = {
	displayName: 'Ticket ID',
	name: 'ticketId',
	type: 'string',
	required: true,
	default: '',
	placeholder: '5012',
	description: 'The numeric ID of the ticket',
};

/** Optional ticket fields, alphabetical, shared by Create and Update. */
export const ticketFields: INodeProperties[] = [
	{
		displayName: 'Description',
		name: 'description',
		type: 'string',
		typeOptions: { rows: 4 },
		default: '',
	},
	{
		displayName: 'Priority',
		name: 'priority',
		type: 'options',
		options: TICKET_PRIORITIES.map((p) => ({ name: p, value: p })),
		default: 'Medium',
	},
	{
		displayName: 'Reference',
		name: 'reference',
		type: 'string',
		default: '',
		description: 'Your own reference for the ticket, e.g. an order number',
	},
	{
		displayName: 'Status',
		name: 'status',
		type: 'options',
		options: TICKET_STATUSES.map((s) => ({ name: s, value: s })),
		default: 'Open',
	},
];

/** Copies ticket fields present in a collection into a body, validated. */
export function readTicketFields(p: Params, fields: IDataObject, body: IDataObject): void {
	if (fields.contactPhone !== undefined) {
		body.contact_phone = p.checkText('contactPhone', fields.contactPhone, {
			required: true,
			phone: true,
		});
	}
	if (fields.title !== undefined)
		body.title = p.checkText('title', fields.title, { required: true, maxLength: 255 });
	if (fields.description !== undefined)
		body.description = p.checkText('description', fields.description, { maxLength: 10000 });
	if (fields.priority !== undefined)
		body.priority = p.checkText('priority', fields.priority, { oneOf: TICKET_PRIORITIES });
	if (fields.reference !== undefined)
		body.reference = p.checkText('reference', fields.reference, { maxLength: 255 });
	if (fields.status !== undefined)
		body.status = p.checkText('status', fields.status, { oneOf: TICKET_STATUSES });
}
