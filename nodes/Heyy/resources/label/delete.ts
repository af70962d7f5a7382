import { locator } from '../../descriptions';
import { records } from '../../readers';

const labelIdField = locator({
	displayName: 'Label',
	name: 'labelId',
	searchMethod: 'searchLabels',
	description: 'The label to delete',
});

export const deleteLabel = records.delete(
	'Delete a label',
	'Delete a label by its ID',
	[labelIdField],
	(p) => `/labels/${p.id('labelId')}`,
);
