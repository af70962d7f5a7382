import { API } from '../../provider';
import { numericId } from '../../readers';
import { records } from '../../operations';
import { ticketIdField } from './common';

export const deleteTicket = records.delete(
	'Delete a ticket',
	'Delete a ticket by its ID',
	[ticketIdField],
	(p) => `${API}/tickets/${numericId(p, 'ticketId')}/`,
);
