import { API } from '../../provider';
import { numericId } from '../../readers';
import { records } from '../../operations';
import { listIdField } from './common';

/** GET /api/1/lists/{id}/ (MambuSRL/spoki_whatsapp src/Api/Lists.php getList). */
export const get = records.get(
	'Get a list',
	'Get a contact list by its ID',
	[listIdField],
	(p) => `${API}/lists/${numericId(p, 'listId')}/`,
);
