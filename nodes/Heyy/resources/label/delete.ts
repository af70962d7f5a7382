import type { OperationDef } from '../../../shared/operation';

export const deleteLabel: OperationDef = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a label',
	description: 'Delete a label by its ID',
	properties: [
		{
			displayName: 'Label Name or ID',
			name: 'labelId',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getLabels' },
			required: true,
			default: '',
			description:
				'The label to delete. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
	],
	run: async (op) => {
		const id = op.params.id('labelId');
		await op.request({ method: 'DELETE', path: `/labels/${id}` });
		return { deleted: true, id: decodeURIComponent(id) };
	},
};
