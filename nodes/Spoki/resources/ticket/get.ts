import { API, numericId } from '../../provider';
import { records } from '../../readers';
import { ticketIdField } from './common';

export const get = records.get(
	'Get a ticket',
	'Get a ticket by its ID',
	[ticketIdField],
	(p) => `${API}/tickets/${numericId(p, 'ticketId')}/`,
);
