import { labelIdField } from '../../descriptions';
import { records } from '../../readers';

export const deleteLabel = records.delete(
	'Delete a label',
	'Delete a label by its ID',
	[labelIdField],
	(p) => `/labels/${p.id('labelId')}`,
);
