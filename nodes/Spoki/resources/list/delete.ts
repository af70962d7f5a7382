import { API } from '../../provider';
import { numericId } from '../../readers';
import { records } from '../../operations';
import { listIdField } from './common';

/** DELETE /api/1/lists/{id}/ (MambuSRL/spoki_whatsapp src/Api/Lists.php deleteList). */
export const deleteList = records.delete(
	'Delete a list',
	'Delete a contact list; its contacts stay in the account',
	[listIdField],
	(p) => `${API}/lists/${numericId(p, 'listId')}/`,
);
