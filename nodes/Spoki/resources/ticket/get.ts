import { API } from '../../provider';
import { numericId } from '../../readers';
import { records } from '../../operations';
import { ticketIdField } from './common';

export const get = records.get(
	'Get a ticket',
	'Get a ticket by its ID',
	[ticketIdField],
	(p) => `${API}/tickets/${numericId(p, 'ticketId')}/`,
);
