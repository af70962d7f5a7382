import { records } from '../../operations';
import { labelIdField } from './common';

export const deleteLabel = records.delete(
	'Delete a label',
	'Delete a label by its ID',
	[labelIdField],
	(p) => `/labels/${p.id('labelId')}`,
);
