import { contactIdField } from '../../descriptions';
import { records } from '../../operations';

export const get = records.get(
	'Get a contact',
	'Get a contact with its labels and attributes',
	[contactIdField],
	(p) => `/contacts/${p.id('contactId')}`,
);
