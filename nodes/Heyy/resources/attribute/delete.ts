import type { OperationDef } from '../../../shared/operation';

export const deleteAttribute: OperationDef = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a contact attribute',
	description: 'Delete a custom attribute by its ID',
	properties: [
		{
			displayName: 'Attribute Name or ID',
			name: 'attributeId',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getAttributeIds' },
			required: true,
			default: '',
			description:
				'The attribute to delete. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
	],
	run: async (op) => {
		const id = op.params.id('attributeId');
		await op.request({ method: 'DELETE', path: `/attributes/${id}` });
		return { deleted: true, id: decodeURIComponent(id) };
	},
};
