import { locator } from '../../descriptions';
import { records } from '../../readers';

const attributeIdField = locator({
	displayName: 'Attribute',
	name: 'attributeId',
	searchMethod: 'searchAttributes',
	description: 'The custom attribute to delete',
});

export const deleteAttribute = records.delete(
	'Delete a contact attribute',
	'Delete a custom attribute by its ID',
	[attributeIdField],
	(p) => `/attributes/${p.id('attributeId')}`,
);
