import { idLocator } from '../../descriptions';

/** Contacts per `sync_contacts/` request: 500, as for contacts/sync_all/ (not documented for this endpoint: a guess). */
export const LIST_SYNC_SIZE = 500;

export const listIdField = idLocator({
	displayName: 'List',
	name: 'listId',
	searchMethod: 'searchLists',
	placeholder: '81',
	description: 'The contact list, searched by name, or given by its numeric ID',
});
