import { API, numericId } from '../../provider';
import { records } from '../../readers';
import { ticketIdField } from './common';

export const deleteTicket = records.delete(
	'Delete a ticket',
	'Delete a ticket by its ID',
	[ticketIdField],
	(p) => `${API}/tickets/${numericId(p, 'ticketId')}/`,
);
