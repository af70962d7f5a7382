import { API, numericId } from '../../provider';
import { records } from '../../readers';
import { listedField } from '../../../shared/factories';

const tagField = listedField('Tag Name or ID', 'tagId', 'getTags', 'The tag.');

export const get = records.get(
	'Get a tag',
	'Get the name, color and order of a tag',
	[tagField],
	(p) => `${API}/tags/${numericId(p, 'tagId')}/`,
);
