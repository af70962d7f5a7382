import { API } from '../../provider';
import { numericId } from '../../readers';
import { records } from '../../operations';
import { contactIdField } from './common';

export const deleteContact = records.delete(
	'Delete a contact',
	'Delete a contact by its ID',
	[contactIdField],
	(p) => `${API}/contacts/${numericId(p, 'contactId')}/`,
);
