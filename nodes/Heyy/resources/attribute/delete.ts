import type { OperationDef } from '../../../shared/operation';
import { locator } from '../../descriptions';

export const deleteAttribute: OperationDef = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a contact attribute',
	description: 'Delete a custom attribute by its ID',
	properties: [
		locator({
			displayName: 'Attribute',
			name: 'attributeId',
			searchMethod: 'searchAttributes',
			description: 'The custom attribute to delete',
		}),
	],
	run: async (op) => {
		const id = op.params.id('attributeId');
		await op.request({ method: 'DELETE', path: `/attributes/${id}` });
		return { deleted: true, id: decodeURIComponent(id) };
	},
};
