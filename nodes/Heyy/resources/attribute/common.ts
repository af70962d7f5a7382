import { locator } from '../../descriptions';

/** A custom attribute by its ID (what Delete takes). */
export const attributeIdField = locator({
	displayName: 'Attribute',
	name: 'attributeId',
	searchMethod: 'searchAttributes',
	description: 'The custom attribute to delete',
});
