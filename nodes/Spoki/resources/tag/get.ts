import type { OperationDef } from '../../../shared/operation';
import { API, numericId } from '../../provider';

export const get: OperationDef = {
	value: 'get',
	name: 'Get',
	action: 'Get a tag',
	description: 'Get the name, color and order of a tag',
	properties: [
		{
			displayName: 'Tag Name or ID',
			name: 'tagId',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getTags' },
			required: true,
			default: '',
			description:
				'The tag. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
	],
	run: async (op) =>
		await op.request({ method: 'GET', path: `${API}/tags/${numericId(op.params, 'tagId')}/` }),
};
