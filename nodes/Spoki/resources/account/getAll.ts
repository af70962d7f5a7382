import { getMany } from '../../../shared/getMany';
import { API, drfPages } from '../../provider';

export const getAll = getMany({
	action: 'Get many accounts',
	description: 'List the accounts the API key can access, with their IDs',
	request: () => ({ method: 'GET', path: `${API}/accounts/` }),
	pagination: drfPages(),
});
