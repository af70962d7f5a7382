import type { Params } from '../../../shared/params';
import { simplifyField } from '../../descriptions';
import { API } from '../../provider';
import { numericId } from '../../readers';
import { records } from '../../operations';
import { contactIdField, simplifyContact } from './common';

export const get = records.get(
	'Get a contact',
	'Get one contact with its custom fields, tags and lists',
	[contactIdField, simplifyField],
	(p) => `${API}/contacts/${numericId(p, 'contactId')}/`,
	(contact, simplify) => (simplify ? simplifyContact(contact) : contact),
	(p: Params) => p.readBoolean('simplify', true),
);
