import { getMany } from '../../../shared/getMany';
import { API, drfPages } from '../../provider';

export const getAll = getMany({
	action: 'Get many tags',
	description: 'List the tags of the account',
	request: () => ({ method: 'GET', path: `${API}/tags/` }),
	pagination: drfPages(),
});
