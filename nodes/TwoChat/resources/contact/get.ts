import type { IDataObject } from 'n8n-workflow';

import { contactIdField } from '../../descriptions';
import { records } from '../../operations';

export const get = records.get(
	'Get a contact',
	'Get one contact by its UUID',
	[contactIdField],
	(p) => `/contacts/${p.id('contactId')}`,
	(response) => (response.contact as IDataObject) ?? response,
);
