import type { IDataObject } from 'n8n-workflow';

import type { OperationDef } from '../../../shared/operation';
import { returnAllOrLimit } from '../../../shared/operation';
import { API, drfPages } from '../../provider';
import { filtersCollection } from '../../../shared/factories';

export const getAll: OperationDef = {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many lists',
	description: 'List and search the contact lists of the account',
	properties: [
		...returnAllOrLimit(),
		filtersCollection([
			{
				displayName: 'Search',
				name: 'search',
				type: 'string',
				default: '',
				description: 'Text found in the list name',
			},
		]),
	],
	// GET /api/1/lists/?search= (MambuSRL/spoki_whatsapp src/Api/Lists.php listLists: "search by list name")
	run: async (op) => {
		const search = op.params.checkText('search', op.params.collection('filters').search, {
			maxLength: 200,
		});
		const qs: IDataObject = search ? { search } : {};
		return await op.list({ method: 'GET', path: `${API}/lists/`, qs }, drfPages());
	},
};
