import { API, numericId } from '../../provider';
import { records } from '../../readers';

const tagField = {
	displayName: 'Tag Name or ID',
	name: 'tagId',
	type: 'options' as const,
	typeOptions: { loadOptionsMethod: 'getTags' },
	required: true,
	default: '',
	description:
		'The tag. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

export const get = records.get(
	'Get a tag',
	'Get the name, color and order of a tag',
	[tagField],
	(p) => `${API}/tags/${numericId(p, 'tagId')}/`,
);
