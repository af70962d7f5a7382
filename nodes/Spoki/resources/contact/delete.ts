import { API, numericId } from '../../provider';
import { records } from '../../readers';
import { contactIdField } from './common';

export const deleteContact = records.delete(
	'Delete a contact',
	'Delete a contact by its ID',
	[contactIdField],
	(p) => `${API}/contacts/${numericId(p, 'contactId')}/`,
);
