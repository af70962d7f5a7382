import { getManyOperation } from '../../../shared/factories';
import { API, drfPages } from '../../provider';

export const getAll = getManyOperation(
	'Get many accounts',
	'List the accounts the API key can access, with their IDs',
	[],
	() => [{ method: 'GET', path: `${API}/accounts/` }, drfPages()],
);
