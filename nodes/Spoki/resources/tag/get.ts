import { API } from '../../provider';
import { numericId } from '../../readers';
import { records } from '../../operations';
import { listedField } from '../../../shared/descriptions';

const tagField = listedField('Tag Name or ID', 'tagId', 'getTags', 'The tag.');

export const get = records.get(
	'Get a tag',
	'Get the name, color and order of a tag',
	[tagField],
	(p) => `${API}/tags/${numericId(p, 'tagId')}/`,
);
