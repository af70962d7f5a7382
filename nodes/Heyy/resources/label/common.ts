import { locator } from '../../descriptions';

/** A label by its ID (what Delete takes). */
export const labelIdField = locator({
	displayName: 'Label',
	name: 'labelId',
	searchMethod: 'searchLabels',
	description: 'The label to delete',
});
