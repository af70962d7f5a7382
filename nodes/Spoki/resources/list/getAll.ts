import type { IDataObject } from 'n8n-workflow';

import { getMany } from '../../../shared/getMany';
import { API, drfPages } from '../../provider';

export const getAll = getMany({
	action: 'Get many lists',
	description: 'List and search the contact lists of the account',
	filters: [
		{
			displayName: 'Search',
			name: 'search',
			type: 'string',
			default: '',
			description: 'Text found in the list name',
		},
	],
	// GET /api/1/lists/?search= (MambuSRL/spoki_whatsapp src/Api/Lists.php listLists: "search by list name")
	request: (op) => {
		const search = op.params.checkText('search', op.params.collection('filters').search, {
			maxLength: 200,
		});
		const qs: IDataObject = search ? { search } : {};
		return { method: 'GET', path: `${API}/lists/`, qs };
	},
	pagination: drfPages(),
});
