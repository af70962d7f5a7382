import type { OperationDef } from '../../../shared/operation';
import { locator } from '../../descriptions';

export const deleteLabel: OperationDef = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a label',
	description: 'Delete a label by its ID',
	properties: [
		locator({
			displayName: 'Label',
			name: 'labelId',
			searchMethod: 'searchLabels',
			description: 'The label to delete',
		}),
	],
	run: async (op) => {
		const id = op.params.id('labelId');
		await op.request({ method: 'DELETE', path: `/labels/${id}` });
		return { deleted: true, id: decodeURIComponent(id) };
	},
};
