import { contactIdField } from '../../descriptions';
import { records } from '../../operations';

export const deleteContact = records.delete(
	'Delete a contact',
	'Delete a contact by its UUID',
	[contactIdField],
	(p) => `/contacts/${p.id('contactId')}`,
);
