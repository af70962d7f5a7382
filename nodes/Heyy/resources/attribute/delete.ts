import { records } from '../../operations';
import { attributeIdField } from './common';

export const deleteAttribute = records.delete(
	'Delete a contact attribute',
	'Delete a custom attribute by its ID',
	[attributeIdField],
	(p) => `/attributes/${p.id('attributeId')}`,
);
